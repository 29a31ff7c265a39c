package io.roughcut.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the smart renderer must match for its re-encoded frames to continue the copied ones: the codec and
 * profile, pixel format, colours, time base and B-frame delay of the video, and the sound's format.
 * Immutable.
 *
 * @param reorderDelay how many frames the decoder holds back for B-frames (ffprobe's has_b_frames); the
 *                     re-encoded pieces must have the same, or decode times would overlap at the joins
 * @param timescale    the video track's ticks per second
 * @param sampleRate   the sound's sample rate, 0 without sound
 */
record RenderedStreams(String codec, String profile, String pixelFormat, int reorderDelay, long timescale,
                       Map<String, String> colours, int sampleRate, int channels) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    boolean hasAudio() {
        return sampleRate > 0 && channels > 0;
    }

    /** Whether pieces can be copied: an encoder here can continue this video with the same delay. */
    boolean copyable() {
        return (codec.equals("h264") || codec.equals("hevc")) && reorderDelay <= 2;
    }

    static RenderedStreams probe(FfmpegRunner runner, Path video) {
        String json = runner.ffprobe(List.of("-show_entries", "stream=codec_type,codec_name,profile,pix_fmt,has_b_frames,"
                + "time_base,sample_rate,channels,color_space,color_primaries,color_transfer,color_range", "-of", "json",
                video.toString()), Duration.ofMinutes(2)).stdout();
        JsonNode v = null;
        JsonNode a = null;
        for (JsonNode stream : JSON.readTree(json).path("streams")) {
            String type = stream.path("codec_type").asString("");
            if (type.equals("video") && v == null) {
                v = stream;
            } else if (type.equals("audio") && a == null) {
                a = stream;
            }
        }
        if (v == null) {
            throw new RenderException(video.getFileName() + " has no video stream to render.");
        }
        String timeBase = v.path("time_base").asString("1/90000");
        long timescale = Long.parseLong(timeBase.substring(timeBase.indexOf('/') + 1));
        Map<String, String> colours = new java.util.LinkedHashMap<>();
        for (String[] c : new String[][] {{"color_space", "-colorspace"}, {"color_primaries", "-color_primaries"},
                {"color_transfer", "-color_trc"}, {"color_range", "-color_range"}}) {
            String value = v.path(c[0]).asString("");
            if (!value.isEmpty() && !value.equals("unknown") && !value.equals("reserved")) {
                colours.put(c[1], value);
            }
        }
        return new RenderedStreams(v.path("codec_name").asString(""), v.path("profile").asString(""),
                v.path("pix_fmt").asString("yuv420p"), v.path("has_b_frames").asInt(0), timescale, colours,
                a == null ? 0 : (int) ProbedContainer.number(a.path("sample_rate"), 0),
                a == null ? 0 : a.path("channels").asInt(0));
    }

    /** The encoder options that continue this video: its codec, profile, pixels, colours and B-frame delay. */
    List<String> encoderArgs(RenderSettings settings) {
        List<String> args = new ArrayList<>();
        boolean hevc = codec.equals("hevc");
        args.addAll(List.of("-c:v", hevc ? "libx265" : "libx264", "-preset", settings.preset(),
                "-crf", String.valueOf(settings.crf()), "-pix_fmt", pixelFormat));
        if (hevc) {
            args.addAll(List.of("-x265-params", "log-level=error:bframes=" + (reorderDelay == 0 ? 0 : reorderDelay == 1 ? 1 : 3)
                    + ":b-pyramid=" + (reorderDelay >= 2 ? 1 : 0)));
        } else {
            String x264Profile = switch (profile) {
                case "Baseline", "Constrained Baseline" -> "baseline";
                case "Main" -> "main";
                case "High 10", "High 10 Intra" -> "high10";
                case "High 4:2:2", "High 4:2:2 Intra" -> "high422";
                case "High 4:4:4 Predictive", "High 4:4:4 Intra" -> "high444";
                default -> "high";
            };
            args.addAll(List.of("-profile:v", x264Profile));
            // x264's delay is 0 without B-frames, 1 with one, 2 with a B-pyramid; baseline has none at all.
            if (reorderDelay == 0 || x264Profile.equals("baseline")) {
                args.addAll(List.of("-bf", "0"));
            } else if (reorderDelay == 1) {
                args.addAll(List.of("-bf", "1", "-b-pyramid", "none"));
            } else {
                args.addAll(List.of("-bf", "3", "-b-pyramid", "normal"));
            }
        }
        colours.forEach((option, value) -> args.addAll(List.of(option, value)));
        return args;
    }
}
