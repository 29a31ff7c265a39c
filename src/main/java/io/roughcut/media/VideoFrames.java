package io.roughcut.media;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The video frames of a recording in presentation order: when each is shown, when it is decoded, and which
 * are keyframes. A plain MP4 is read from its sample tables alone; anything else from ffprobe's packet
 * list. Times are seconds, as ffprobe reports them. Immutable.
 */
final class VideoFrames {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final double[] times;
    private final double[] decodeTimes;
    private final boolean[] keyframes;
    private final double end;

    private VideoFrames(List<KeyframeIndex.Packet> packets) {
        List<KeyframeIndex.Packet> sorted = new ArrayList<>(packets);
        sorted.sort(Comparator.comparingDouble(KeyframeIndex.Packet::time));
        times = sorted.stream().mapToDouble(KeyframeIndex.Packet::time).toArray();
        decodeTimes = sorted.stream().mapToDouble(KeyframeIndex.Packet::decodeTime).toArray();
        keyframes = new boolean[sorted.size()];
        for (int i = 0; i < keyframes.length; i++) {
            keyframes[i] = sorted.get(i).keyframe();
        }
        // The last frame is shown as long as the one before it: MP4 gives every sample a duration, and for a
        // constant rate that is the frame duration.
        double last = times.length > 1 ? times[times.length - 1] - times[times.length - 2] : 0;
        end = times.length == 0 ? 0 : times[times.length - 1] + last;
    }

    /** Frames from packets of the video stream alone, in any order; for tests and for the ffprobe fallback. */
    static VideoFrames of(List<KeyframeIndex.Packet> videoPackets) {
        return new VideoFrames(videoPackets);
    }

    static VideoFrames read(FfmpegRunner runner, java.nio.file.Path file) {
        Optional<List<KeyframeIndex.Packet>> fromMoov = Mp4SampleTables.readVideo(file);
        return new VideoFrames(fromMoov.orElseGet(() -> ffprobeFrames(runner, file)));
    }

    private static List<KeyframeIndex.Packet> ffprobeFrames(FfmpegRunner runner, java.nio.file.Path file) {
        String csv = runner.ffprobe(List.of("-select_streams", "v:0", "-show_entries", "packet=pts_time,dts_time,flags",
                "-of", "csv=p=0", file.toString()), TIMEOUT).stdout();
        List<KeyframeIndex.Packet> packets = new ArrayList<>();
        for (String line : csv.lines().filter(l -> !l.isBlank()).toList()) {
            String[] r = line.split(",", -1);
            try {
                double pts = Double.parseDouble(r[0]);
                double dts = r[1].isBlank() || r[1].equals("N/A") ? pts : Double.parseDouble(r[1]);
                packets.add(new KeyframeIndex.Packet(pts, dts, 0, r[2].startsWith("K")));
            } catch (NumberFormatException e) {
                // A packet without a time cannot be placed; FFmpeg drops it too.
            }
        }
        return packets;
    }

    int count() {
        return times.length;
    }

    double time(int frame) {
        return frame == times.length ? end : times[frame];
    }

    double decodeTime(int frame) {
        return decodeTimes[frame];
    }

    boolean isKeyframe(int frame) {
        return keyframes[frame];
    }

    /** When the last frame stops being shown: the video's end. */
    double end() {
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
}
