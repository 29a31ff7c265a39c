package io.roughcut.media;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the keyframes of a normalised recording are, and how many bytes its packets really take, so the
 * planner can cut at keyframes and sum the bytes between them. Times are presentation times in seconds,
 * as ffprobe reports them. Immutable and thread-safe.
 */
public final class KeyframeIndex {

    /**
     * One packet of the file.
     *
     * @param time       presentation time in seconds
     * @param decodeTime decode time in seconds; earlier than {@code time} for frames that B-frames precede
     * @param sizeBytes  the packet's size in the file
     * @param keyframe   true for a keyframe of the first video stream; false for every other packet
     */
    public record Packet(double time, double decodeTime, long sizeBytes, boolean keyframe) {
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final double durationSeconds;
    private final double[] packetTimes;
    private final long[] bytesBefore;
    private final double[] keyframeTimes;
    private final double[] keyframeDecodeTimes;

    private KeyframeIndex(double durationSeconds, List<Packet> packets) {
        this.durationSeconds = durationSeconds;
        List<Packet> sorted = new ArrayList<>(packets);
        sorted.sort(Comparator.comparingDouble(Packet::time));
        packetTimes = new double[sorted.size()];
        bytesBefore = new long[sorted.size() + 1];
        for (int i = 0; i < sorted.size(); i++) {
            // Priming packets sit just before zero; they belong to the first chunk.
            packetTimes[i] = Math.max(0, sorted.get(i).time());
            bytesBefore[i + 1] = bytesBefore[i] + sorted.get(i).sizeBytes();
        }
        List<Packet> keyframes = sorted.stream().filter(Packet::keyframe).toList();
        keyframeTimes = keyframes.stream().mapToDouble(Packet::time).toArray();
        keyframeDecodeTimes = keyframes.stream().mapToDouble(Packet::decodeTime).toArray();
    }

    /** An index of these packets, in any order; for tests and for callers that list packets themselves. */
    public static KeyframeIndex of(double durationSeconds, List<Packet> packets) {
        return new KeyframeIndex(durationSeconds, packets);
    }

    /**
     * Reads the index of a normalised MP4. A plain MP4 such as the normalizer writes is read from its
     * sample tables alone, without touching the media data; anything else (a fragmented MP4, say) falls back
     * to ffprobe's packet listing, which reads the whole file once.
     */
    public static KeyframeIndex read(FfmpegRunner runner, MediaInfo normalized) {
        Optional<List<Packet>> fromMoov = Mp4SampleTables.read(normalized.file());
        List<Packet> packets = fromMoov.orElseGet(() -> ffprobePackets(runner, normalized));
        return new KeyframeIndex(normalized.durationSeconds(), packets);
    }

    static List<Packet> ffprobePackets(FfmpegRunner runner, MediaInfo media) {
        // ffprobe prints the fields in its own order: codec_type,stream_index,pts_time,dts_time,size,flags.
        String csv = runner.ffprobe(List.of("-show_entries", "packet=codec_type,stream_index,pts_time,dts_time,size,flags",
                "-of", "csv=p=0", media.file().toString()), TIMEOUT).stdout();
        List<String[]> rows = csv.lines().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        int videoStream = rows.stream().filter(r -> r[0].equals("video")).mapToInt(r -> Integer.parseInt(r[1]))
                .min().orElse(-1);
        List<Packet> packets = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            double dts = parseTime(r[3], Double.NaN);
            double pts = parseTime(r[2], dts);
            if (Double.isNaN(pts)) {
                continue;
            }
            boolean keyframe = Integer.parseInt(r[1]) == videoStream && r[5].startsWith("K");
            packets.add(new Packet(pts, Double.isNaN(dts) ? pts : dts, Long.parseLong(r[4]), keyframe));
        }
        return packets;
    }

    private static double parseTime(String value, double fallback) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public double durationSeconds() {
        return durationSeconds;
    }

    /** The presentation times of the video keyframes, ascending. */
    public List<Double> keyframeTimes() {
        return Arrays.stream(keyframeTimes).boxed().toList();
    }

    public int packetCount() {
        return packetTimes.length;
    }

    public long totalBytes() {
        return bytesBefore[packetTimes.length];
    }

    /** The bytes of all streams' packets whose presentation time is in [start, end). */
    public long bytesBetween(double start, double end) {
        return bytesBefore[firstAtOrAfter(end)] - bytesBefore[firstAtOrAfter(start)];
    }

    /**
     * The decode time of the keyframe presented at {@code time} (within a millisecond), or {@code time}
     * itself when no keyframe is there. FFmpeg ends a stream-copied cut by decode time, so the cutter needs it.
     */
    double keyframeDecodeTime(double time) {
        int i = nearestKeyframe(time);
        return i >= 0 && Math.abs(keyframeTimes[i] - time) < 0.001 ? keyframeDecodeTimes[i] : time;
    }

    /** The index of the keyframe nearest {@code time}, or -1 when there are none. */
    int nearestKeyframe(double time) {
        int i = Arrays.binarySearch(keyframeTimes, time);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return keyframeTimes.length == 0 ? -1 : 0;
        }
        if (after == keyframeTimes.length) {
            return after - 1;
        }
        return time - keyframeTimes[after - 1] <= keyframeTimes[after] - time ? after - 1 : after;
    }

    private int firstAtOrAfter(double time) {
        int lo = 0;
        int hi = packetTimes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (packetTimes[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
