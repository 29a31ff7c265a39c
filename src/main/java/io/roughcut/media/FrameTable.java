package io.roughcut.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The video frames of a file in presentation order, with how many bytes each takes, when each is decoded and
 * which are keyframes,
 * read without decoding: from a plain MP4's sample tables, or else from ffprobe's packet list (one read of
 * the file, no decode). A still picture encodes as a run of tiny frames, so the sizes say where black or
 * frozen video can be before anything is decoded; the decode times say where a smart render may copy a GOP.
 * Times are seconds of the file. Immutable and thread-safe.
 */
public final class FrameTable {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final double[] times;
    private final double[] decodeTimes;
    private final long[] sizes;
    private final boolean[] keyframes;
    private final double end;

    private FrameTable(List<KeyframeIndex.Packet> packets) {
        List<KeyframeIndex.Packet> sorted = new ArrayList<>(packets);
        sorted.sort(Comparator.comparingDouble(KeyframeIndex.Packet::time));
        times = new double[sorted.size()];
        decodeTimes = new double[sorted.size()];
        sizes = new long[sorted.size()];
        keyframes = new boolean[sorted.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = sorted.get(i).time();
            decodeTimes[i] = sorted.get(i).decodeTime();
            sizes[i] = sorted.get(i).sizeBytes();
            keyframes[i] = sorted.get(i).keyframe();
        }
        // The last frame is shown as long as the one before it, as an MP4 sample's duration says for a constant rate.
        double last = times.length > 1 ? times[times.length - 1] - times[times.length - 2] : 0;
        end = times.length == 0 ? 0 : times[times.length - 1] + last;
    }

    /** A table of these video packets, in any order; for tests. */
    public static FrameTable of(List<KeyframeIndex.Packet> videoPackets) {
        return new FrameTable(videoPackets);
    }

    public static FrameTable read(FfmpegRunner runner, Path file) {
        Optional<List<KeyframeIndex.Packet>> fromMoov = Mp4SampleTables.readVideo(file);
        return new FrameTable(fromMoov.orElseGet(() -> ffprobePackets(runner, file)));
    }

    private static List<KeyframeIndex.Packet> ffprobePackets(FfmpegRunner runner, Path file) {
        String csv = runner.ffprobe(List.of("-select_streams", "v:0", "-show_entries", "packet=pts_time,dts_time,size,flags",
                "-of", "csv=p=0", file.toString()), TIMEOUT).stdout();
        List<KeyframeIndex.Packet> packets = new ArrayList<>();
        for (String line : csv.lines().filter(l -> !l.isBlank()).toList()) {
            String[] r = line.split(",", -1);
            try {
                double pts = Double.parseDouble(r[0]);
                double dts = r[1].isBlank() || r[1].equals("N/A") ? pts : Double.parseDouble(r[1]);
                packets.add(new KeyframeIndex.Packet(pts, dts, Long.parseLong(r[2]), r[3].startsWith("K")));
            } catch (NumberFormatException e) {
                // A packet without a time cannot be placed; FFmpeg drops it too.
            }
        }
        return packets;
    }

    public int count() {
        return times.length;
    }

    /** When frame {@code i} is shown; {@code count()} gives the video's end. */
    public double time(int i) {
        return i == times.length ? end : times[i];
    }

    /** When frame {@code i} is decoded, which for B-frames is before frames shown earlier. */
    public double decodeTime(int i) {
        return decodeTimes[i];
    }

    public long size(int i) {
        return sizes[i];
    }

    public boolean isKeyframe(int i) {
        return keyframes[i];
    }

    /** When the last frame stops being shown. */
    public double end() {
        return end;
    }

    /**
     * Whether a copy may start at this keyframe: no frame shown before it is decoded after it. That holds for
     * the closed GOPs of nearly every encoder; an open GOP's leading B-frames would lose their reference.
     */
    boolean startsClosedGop(int keyframe) {
        if (keyframe == times.length) {
            return true;
        }
        for (int j = Math.max(0, keyframe - 16); j < keyframe; j++) {
            if (decodeTimes[j] > decodeTimes[keyframe]) {
                return false;
            }
        }
        return keyframes[keyframe];
    }

    /** The first frame shown at or after {@code seconds}; {@code count()} when none is. */
    public int frameAtOrAfter(double seconds) {
        return firstShownAfter(seconds - 1e-6);
    }

    /** The last keyframe shown at or before {@code seconds}, or the first frame when none is. */
    public int keyframeAtOrBefore(double seconds) {
        int i = firstShownAfter(seconds + 1e-6) - 1;
        while (i > 0 && !keyframes[i]) {
            i--;
        }
        return Math.max(0, i);
    }

    /** The first frame shown later than {@code seconds}, by binary search; {@code count()} when none is. */
    private int firstShownAfter(double seconds) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= seconds) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
