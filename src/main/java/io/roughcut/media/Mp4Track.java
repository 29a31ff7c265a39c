package io.roughcut.media;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * The sample tables of one audio or video track, expanded to per-sample arrays. Times are in the track's
 * timescale until {@link #addPackets} turns them into seconds. Not thread-safe; built and used at once.
 */
final class Mp4Track {

    private final boolean video;
    private final long timescale;
    /** Added to every decode time: the empty edit's delay minus the first edit's media time, in track ticks. */
    private final double shiftSeconds;
    private final long[] sizes;
    private final long[] decodeTimes;
    private final int[] compositionOffsets;
    private final boolean[] keyframes;
    private final long dataEnd;

    private Mp4Track(boolean video, long timescale, double shiftSeconds, long[] sizes, long[] decodeTimes,
                     int[] compositionOffsets, boolean[] keyframes, long dataEnd) {
        this.video = video;
        this.timescale = timescale;
        this.shiftSeconds = shiftSeconds;
        this.sizes = sizes;
        this.decodeTimes = decodeTimes;
        this.compositionOffsets = compositionOffsets;
        this.keyframes = keyframes;
        this.dataEnd = dataEnd;
    }

    boolean video() {
        return video;
    }

    /** Where the track's last sample ends in the file; beyond the file size means the file was truncated. */
    long dataEnd() {
        return dataEnd;
    }

    void addPackets(List<KeyframeIndex.Packet> packets) {
        for (int i = 0; i < sizes.length; i++) {
            double dts = (double) decodeTimes[i] / timescale + shiftSeconds;
            double pts = (double) (decodeTimes[i] + compositionOffsets[i]) / timescale + shiftSeconds;
            packets.add(new KeyframeIndex.Packet(pts, dts, sizes[i], video && keyframes[i]));
        }
    }

    static Optional<Mp4Track> parse(Mp4Boxes boxes, Mp4Boxes.Box trak, long movieTimescale) {
        Mp4Boxes.Box mdia = boxes.path(trak, "mdia");
        Mp4Boxes.Box hdlr = mdia == null ? null : boxes.path(mdia, "hdlr");
        Mp4Boxes.Box mdhd = mdia == null ? null : boxes.path(mdia, "mdhd");
        Mp4Boxes.Box stbl = mdia == null ? null : boxes.path(mdia, "minf", "stbl");
        if (hdlr == null || mdhd == null || stbl == null) {
            return Optional.empty();
        }
        String handler = Mp4SampleTables.type(boxes.word(hdlr, 1));
        if (!handler.equals("vide") && !handler.equals("soun")) {
            return Optional.empty();
        }
        long timescale = boxes.timescale(mdhd);
        Optional<Double> shift = editShift(boxes, boxes.path(trak, "edts", "elst"), timescale, movieTimescale);
        if (timescale <= 0 || shift.isEmpty()) {
            return Optional.empty();
        }
        List<Mp4Boxes.Box> tables = boxes.children(stbl);
        long[] sizes = Mp4SampleSizes.sizes(boxes, tables);
        long[] decodeTimes = decodeTimes(boxes, boxes.find(tables, "stts"), sizes.length);
        int[] offsets = compositionOffsets(boxes, boxes.find(tables, "ctts"), sizes.length);
        boolean[] keyframes = keyframes(boxes, boxes.find(tables, "stss"), sizes.length);
        long dataEnd = Mp4SampleSizes.dataEnd(boxes, tables, sizes);
        return Optional.of(new Mp4Track(handler.equals("vide"), timescale, shift.get(), sizes, decodeTimes, offsets,
                keyframes, dataEnd));
    }

    /**
     * FFmpeg starts a track's timeline where its edit list says: an empty edit delays it, the media time of
     * the first real edit (encoder delay, B-frame reordering) is cut off the front. Anything beyond that
     * (several edits, slow motion) is not written by our normaliser and is left to ffprobe.
     */
    private static Optional<Double> editShift(Mp4Boxes boxes, Mp4Boxes.Box elst, long timescale, long movieTimescale) {
        if (elst == null) {
            return Optional.of(0.0);
        }
        ByteBuffer b = boxes.buffer();
        boolean wide = boxes.version(elst) == 1;
        int count = boxes.word(elst, 0);
        int entry = elst.start() + 8;
        int entrySize = wide ? 20 : 12;
        double delay = 0;
        long mediaTime = 0;
        int real = 0;
        for (int i = 0; i < count; i++, entry += entrySize) {
            long duration = wide ? b.getLong(entry) : Integer.toUnsignedLong(b.getInt(entry));
            long time = wide ? b.getLong(entry + 8) : b.getInt(entry + 4);
            int rate = b.getInt(entry + (wide ? 16 : 8));
            if (time == -1 && real == 0) {
                delay += (double) duration / movieTimescale;
            } else if (rate == 0x10000 && real == 0) {
                mediaTime = time;
                real++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(delay - (double) mediaTime / timescale);
    }

    private static long[] decodeTimes(Mp4Boxes boxes, Mp4Boxes.Box stts, int samples) {
        if (stts == null) {
            throw new IllegalStateException("no stts");
        }
        long[] times = new long[samples];
        int entries = boxes.word(stts, 0);
        int sample = 0;
        long time = 0;
        for (int e = 0; e < entries && sample < samples; e++) {
            long count = Integer.toUnsignedLong(boxes.word(stts, 1 + 2 * e));
            long delta = Integer.toUnsignedLong(boxes.word(stts, 2 + 2 * e));
            for (long n = 0; n < count && sample < samples; n++) {
                times[sample++] = time;
                time += delta;
            }
        }
        if (sample != samples) {
            throw new IllegalStateException("stts covers " + sample + " of " + samples + " samples");
        }
        return times;
    }

    private static int[] compositionOffsets(Mp4Boxes boxes, Mp4Boxes.Box ctts, int samples) {
        int[] offsets = new int[samples];
        if (ctts == null) {
            return offsets;
        }
        int entries = boxes.word(ctts, 0);
        int sample = 0;
        for (int e = 0; e < entries && sample < samples; e++) {
            long count = Integer.toUnsignedLong(boxes.word(ctts, 1 + 2 * e));
            // Signed in version 1; FFmpeg reads version 0 as signed too.
            int offset = boxes.word(ctts, 2 + 2 * e);
            for (long n = 0; n < count && sample < samples; n++) {
                offsets[sample++] = offset;
            }
        }
        return offsets;
    }

    private static boolean[] keyframes(Mp4Boxes boxes, Mp4Boxes.Box stss, int samples) {
        boolean[] keyframes = new boolean[samples];
        if (stss == null) {
            // No sync sample table: every sample is a sync sample.
            java.util.Arrays.fill(keyframes, true);
            return keyframes;
        }
        int entries = boxes.word(stss, 0);
        for (int e = 0; e < entries; e++) {
            int number = boxes.word(stss, 1 + e);
            if (number >= 1 && number <= samples) {
                keyframes[number - 1] = true;
            }
        }
        return keyframes;
    }
}
