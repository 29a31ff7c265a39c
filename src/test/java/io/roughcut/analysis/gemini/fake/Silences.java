package io.roughcut.analysis.gemini.fake;

import io.roughcut.media.FfmpegRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The silences of a file's audio, as FFmpeg's silencedetect finds them: {start, end} in seconds of the file. */
public final class Silences {

    private static final Pattern START = Pattern.compile("silence_start: (-?[0-9.]+)");
    private static final Pattern END = Pattern.compile("silence_end: ([0-9.]+)");

    private Silences() {
    }

    /**
     * @param minSeconds the shortest silence reported
     * @param duration   the file's duration, the end of a silence that runs to the end of the file
     */
    public static List<double[]> detect(FfmpegRunner ffmpeg, Path file, double minSeconds, double duration) {
        List<String> lines = new ArrayList<>();
        ffmpeg.ffmpegLogging(List.of("-i", file.toString(), "-vn", "-af",
                String.format(Locale.ROOT, "silencedetect=noise=-40dB:d=%.3f", minSeconds), "-f", "null", "-"),
                Duration.ofMinutes(2), lines::add);
        List<double[]> result = new ArrayList<>();
        Double open = null;
        for (String line : lines) {
            Matcher s = START.matcher(line);
            Matcher e = END.matcher(line);
            if (s.find()) {
                open = Math.max(0, Double.parseDouble(s.group(1)));
            } else if (e.find() && open != null) {
                result.add(new double[] {open, Double.parseDouble(e.group(1))});
                open = null;
            }
        }
        if (open != null) {
            result.add(new double[] {open, duration});
        }
        return result;
    }
}
