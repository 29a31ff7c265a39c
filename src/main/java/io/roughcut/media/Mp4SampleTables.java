package io.roughcut.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists the packets of a plain MP4 from its {@code moov} box alone: the sample tables say where every
 * sample is, how large, when it is decoded and shown, and which are keyframes. Reading them costs a few
 * megabytes for an hour of video, instead of a pass over gigabytes of media data.
 *
 * <p>Only what the normaliser writes is handled: one video and at most one audio track, no fragments, and
 * edit lists that only shift the start (an optional empty edit, then one edit at normal rate). For
 * anything else this says {@link Optional#empty()} and the caller asks ffprobe. Times follow FFmpeg's
 * mov demuxer, so they match ffprobe's {@code pts_time}.
 */
final class Mp4SampleTables {

    /** A moov larger than this is not what our normaliser writes; leave it to ffprobe. */
    private static final long MAX_MOOV_BYTES = 256L * 1024 * 1024;

    private Mp4SampleTables() {
    }

    /** The packets, or empty when the file is not such a plain MP4 or its samples run past its end. */
    static Optional<List<KeyframeIndex.Packet>> read(Path file) {
        return parse(file).filter(Parsed::complete).map(Parsed::packets);
    }

    /** The packets of the video track alone, or empty as for {@link #read}. */
    static Optional<List<KeyframeIndex.Packet>> readVideo(Path file) {
        return parse(file).filter(Parsed::complete).map(Parsed::videoPackets);
    }

    /**
     * Whether every sample lies inside the file: false for an MP4 whose index survived but whose data was
     * cut off. Empty when the tables cannot tell (not a plain MP4).
     */
    static Optional<Boolean> isComplete(Path file) {
        return parse(file).map(Parsed::complete);
    }

    private record Parsed(List<KeyframeIndex.Packet> packets, List<KeyframeIndex.Packet> videoPackets,
                          boolean complete) {
    }

    private static Optional<Parsed> parse(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer moov = readMoov(channel);
            if (moov == null) {
                return Optional.empty();
            }
            return parseMoov(moov, channel.size());
        } catch (IOException | RuntimeException e) {
            // A damaged or unusual table is no reason to fail: ffprobe reads the file the slow way.
            return Optional.empty();
        }
    }

    private static ByteBuffer readMoov(FileChannel channel) throws IOException {
        long position = 0;
        long fileSize = channel.size();
        ByteBuffer moov = null;
        while (position + 8 <= fileSize) {
            ByteBuffer header = ByteBuffer.allocate(16);
            channel.read(header, position);
            header.flip();
            long size = Integer.toUnsignedLong(header.getInt());
            String type = type(header.getInt());
            int headerSize = 8;
            if (size == 1) {
                size = header.getLong();
                headerSize = 16;
            } else if (size == 0) {
                size = fileSize - position;
            }
            if (size < headerSize) {
                return null;
            }
            if (type.equals("moof")) {
                return null;
            }
            if (type.equals("moov")) {
                if (size > MAX_MOOV_BYTES || moov != null) {
                    return null;
                }
                moov = ByteBuffer.allocate((int) (size - headerSize));
                while (moov.hasRemaining() && channel.read(moov, position + headerSize + moov.position()) > 0) {
                    // read until full or end of file
                }
                if (moov.hasRemaining()) {
                    return null;
                }
                moov.flip();
            }
            position += size;
        }
        return moov;
    }

    private static Optional<Parsed> parseMoov(ByteBuffer moov, long fileSize) {
        Mp4Boxes boxes = new Mp4Boxes(moov);
        List<Mp4Boxes.Box> top = boxes.children(0, moov.limit());
        if (boxes.find(top, "mvex") != null) {
            return Optional.empty();
        }
        Mp4Boxes.Box mvhd = boxes.find(top, "mvhd");
        if (mvhd == null) {
            return Optional.empty();
        }
        long movieTimescale = boxes.timescale(mvhd);
        List<Mp4Track> tracks = new ArrayList<>();
        for (Mp4Boxes.Box trak : top) {
            if (trak.type().equals("trak")) {
                Optional<Mp4Track> track = Mp4Track.parse(boxes, trak, movieTimescale);
                if (track.isEmpty()) {
                    return Optional.empty();
                }
                tracks.add(track.get());
            }
        }
        long videoTracks = tracks.stream().filter(Mp4Track::video).count();
        if (videoTracks != 1 || tracks.size() > 2) {
            return Optional.empty();
        }
        List<KeyframeIndex.Packet> packets = new ArrayList<>();
        List<KeyframeIndex.Packet> video = new ArrayList<>();
        boolean complete = true;
        for (Mp4Track track : tracks) {
            complete &= track.dataEnd() <= fileSize;
            track.addPackets(track.video() ? video : packets);
        }
        packets.addAll(video);
        return Optional.of(new Parsed(packets, video, complete));
    }

    static String type(int fourcc) {
        return new String(new byte[] {(byte) (fourcc >>> 24), (byte) (fourcc >>> 16), (byte) (fourcc >>> 8),
                (byte) fourcc}, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
