package io.roughcut.export;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.testing.TestMedia;
import io.roughcut.storage.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real recordings for the export readers: four seconds of test picture with a stereo tone, at one frame
 * rate, with or without a start timecode written the way cameras write it (a tmcd track in MOV and MP4, a
 * TIMECODE tag in Matroska). The cut list over it has two accepted cuts and a rejected one, so the kept
 * parts are known by construction: [0, 0.5), [1.2, 2.0) and [2.6, 4.0).
 */
final class Recordings {

    static final double SECONDS = 4.0;

    /**
     * The kept parts of {@link #cutList}, in seconds: [0, 0.5), [1.2, 2.0) and [2.6, end), where the end is
     * the recording's duration as probed (4.004 s at 29.97 fps, where 120 frames last that long).
     */
    static double[][] kept(CutList cutList) {
        return new double[][] {{0.0, 0.5}, {1.2, 2.0}, {2.6, cutList.source().durationSeconds()}};
    }

    /**
     * @param rate        FFmpeg's rational, such as 30000/1001
     * @param fps         the same as a number, to check frame durations against
     * @param container   the file's extension: mp4, mov or mkv
     * @param timecode    the start timecode to write, or null for none
     * @param startFrame  what that timecode counts in frames, worked out by hand: 01:00:00;00 drop frame is
     *                    the well-known 107,892 frames
     */
    record Case(String name, String rate, double fps, String container, String timecode, long startFrame,
                boolean dropFrame) {

        @Override
        public String toString() {
            return name;
        }

        /** One frame's duration, exactly, from the rate as written to FFmpeg. */
        Fraction frame() {
            String[] parts = rate.split("/");
            return new Fraction(parts.length == 2 ? Long.parseLong(parts[1]) : 1, Long.parseLong(parts[0]));
        }

        Path write(Path dir) {
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9.]+", "-") + "." + container);
            List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=" + rate,
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", String.valueOf(SECONDS),
                    "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "2"));
            if (timecode != null) {
                args.addAll(List.of("-timecode", timecode));
            }
            return TestMedia.generate(file, args.toArray(String[]::new));
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("23.976 fps, timecode 00:59:50:00", "24000/1001", 24000 / 1001.0, "mp4", "00:59:50:00",
                        (59 * 60 + 50) * 24, false),
                new Case("25 fps, timecode 10:00:00:00", "25", 25, "mkv", "10:00:00:00", 10 * 3600 * 25, false),
                new Case("29.97 fps, drop-frame timecode 01:00:00;00", "30000/1001", 30000 / 1001.0, "mov",
                        "01:00:00;00", 107_892, true),
                new Case("29.97 fps, no timecode", "30000/1001", 30000 / 1001.0, "mp4", null, 0, false),
                new Case("30 fps, no timecode", "30", 30, "mp4", null, 0, false),
                new Case("59.94 fps, timecode 01:00:00:00", "60000/1001", 60000 / 1001.0, "mov", "01:00:00:00",
                        3600 * 60, false));
    }

    private static final Map<Case, CutList> MADE = new ConcurrentHashMap<>();
    private static volatile Path dir;

    private Recordings() {
    }

    /**
     * The recording of each case and its cut list, made once per test run and shared by the export tests, in
     * a temporary directory that is removed when the JVM exits.
     */
    static Map<Case, CutList> all() {
        Map<Case, CutList> all = new LinkedHashMap<>();
        for (Case c : cases()) {
            all.put(c, MADE.computeIfAbsent(c, k -> cutList(k.write(directory()))));
        }
        return all;
    }

    private static synchronized Path directory() {
        if (dir == null) {
            try {
                Path created = Files.createTempDirectory("roughcut-recordings-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        FileTrees.delete(created);
                    } catch (IOException e) {
                        // a leftover temporary directory is harmless
                    }
                }));
                dir = created;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** The recording as the command line sees it, with its path, and the cut list of the class comment. */
    static CutList cutList(Path file) {
        MediaInfo info = new MediaProbe(TestMedia.ffmpeg()).probe(file);
        Path absolute = file.toAbsolutePath();
        SourceSummary source = SourceSummary.of(absolute.getFileName().toString(), absolute.toString(),
                info.sizeBytes(), info.durationSeconds(), info, "as-is");
        return Results.of(source, pause("s-0001", 0.5, 1.2), pause("s-0002", 2.0, 2.6),
                pause("s-0003", 3.0, 3.5)).withDecision("s-0003", Decision.REJECTED);
    }

    private static Cut pause(String id, double start, double end) {
        return Cut.of(id, start, end, Category.PAUSE, "silence", 0.9, null, SegmentSource.LOCAL, List.of(0));
    }
}
