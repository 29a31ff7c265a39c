package io.roughcut.analysis.gemini.fake;

import io.roughcut.media.FfmpegRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake Gemini's "model": it answers from the media itself. FFmpeg's silencedetect finds the pauses,
 * in seconds of the uploaded file, and cuts that signal analysis cannot find (fillers, false starts) come
 * from a script keyed by the file's SHA-256. Token counts follow Gemini 2.x billing of the file's real
 * duration. Thread-safe.
 */
final class FakeModel {

    private static final Pattern DURATION = Pattern.compile("^([0-9.]+)\\s*$", Pattern.MULTILINE);

    /** What one media file holds, probed once. */
    record Media(double duration, boolean hasAudio, List<double[]> silences) {
    }

    private final FfmpegRunner ffmpeg;

    FakeModel(FfmpegRunner ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    Media probe(Path file) {
        String out = ffmpeg.ffprobe(List.of("-show_entries", "format=duration:stream=codec_type", "-of",
                "default=nw=1:nk=1", file.toString()), Duration.ofMinutes(1)).stdout();
        Matcher d = DURATION.matcher(out);
        double duration = 0;
        while (d.find()) {
            duration = Double.parseDouble(d.group(1));
        }
        boolean hasAudio = out.contains("audio");
        List<double[]> silences = hasAudio ? Silences.detect(ffmpeg, file, 0.5, duration) : List.of();
        return new Media(duration, hasAudio, silences);
    }

    /** The model's JSON answer: pauses from the silences, then the planted cuts. */
    String answer(Media media, List<Planted> planted, String prompt, boolean clockTimes) {
        boolean startOfRecording = prompt.contains("start of the recording") || prompt.contains("whole recording");
        boolean endOfRecording = prompt.contains("end of the recording") || prompt.contains("whole recording");
        ObjectNode root = JsonMapper.shared().createObjectNode();
        ArrayNode segments = root.putArray("segments");
        for (double[] s : media.silences()) {
            boolean deadAir = (startOfRecording && s[0] < 0.05) || (endOfRecording && s[1] > media.duration() - 0.05);
            ObjectNode seg = segments.addObject();
            time(seg, "start", s[0], clockTimes);
            time(seg, "end", s[1], clockTimes);
            seg.put("category", deadAir ? "dead_air" : "pause")
                    .put("reason", String.format(Locale.ROOT, "%.1f s of silence", s[1] - s[0]))
                    .put("confidence", 0.9).put("transcript", "");
        }
        for (Planted p : planted) {
            ObjectNode seg = segments.addObject();
            time(seg, "start", p.start(), clockTimes);
            time(seg, "end", p.end(), clockTimes);
            seg.put("category", p.category()).put("reason", "said \"" + p.words() + "\"").put("confidence", 0.8)
                    .put("transcript", p.words());
        }
        return root.toString();
    }

    private static void time(ObjectNode seg, String field, double seconds, boolean clock) {
        if (clock) {
            int minutes = (int) (seconds / 60);
            seg.put(field, String.format(Locale.ROOT, "%02d:%06.3f", minutes, seconds - minutes * 60));
        } else {
            seg.put(field, Math.round(seconds * 1000) / 1000.0);
        }
    }
}
