package io.roughcut.pipeline.interim;

import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.media.FfmpegRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts silences of 0.5 s or more, found by FFmpeg's silencedetect at -35 dBFS. */
public final class InterimSilenceAnalyzer implements Analyzer {

    private static final Pattern START = Pattern.compile("silence_start: (-?[0-9.]+)");
    private static final Pattern END = Pattern.compile("silence_end: (-?[0-9.]+)");

    private final FfmpegRunner ffmpeg;

    public InterimSilenceAnalyzer(FfmpegRunner ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public ChunkAnalysis analyze(ChunkInput chunk) {
        if (!chunk.recording().hasAudio()) {
            return ChunkAnalysis.of(List.of());
        }
        String stderr = ffmpeg.ffmpeg(List.of("-i", chunk.file().toString(), "-vn", "-af",
                "silencedetect=noise=-35dB:d=0.5", "-f", "null", "-"), Duration.ofMinutes(30)).stderrTail();
        List<Segment> segments = new ArrayList<>();
        double start = -1;
        double length = chunk.chunk().fileDuration();
        for (String line : stderr.split("\n")) {
            Matcher s = START.matcher(line);
            Matcher e = END.matcher(line);
            if (s.find()) {
                start = Math.max(0, Double.parseDouble(s.group(1)));
            } else if (e.find() && start >= 0) {
                add(segments, start, Math.min(length, Double.parseDouble(e.group(1))));
                start = -1;
            }
        }
        if (start >= 0) {
            add(segments, start, length);
        }
        return ChunkAnalysis.of(segments);
    }

    private static void add(List<Segment> segments, double start, double end) {
        if (end - start >= 0.5) {
            segments.add(Segment.of(start, end, Category.PAUSE, Fragment.reason(end - start, "silence"), 0.9,
                    SegmentSource.LOCAL));
        }
    }
}
