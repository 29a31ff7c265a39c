package io.roughcut.media;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Turns ffprobe's JSON into Roughcut's values: which {@link Container} a file is, and its streams. */
final class ProbedContainer {

    private static final Set<String> WEBM_VIDEO = Set.of("vp8", "vp9", "av1");
    private static final Set<String> WEBM_AUDIO = Set.of("opus", "vorbis");

    private ProbedContainer() {
    }

    /**
     * ffprobe names demuxers, not containers: one name covers MP4, MOV and M4V (the ISO brand tells them
     * apart) and one covers Matroska and WebM (a WebM holds only VP8/VP9/AV1 and Opus/Vorbis).
     */
    static Optional<Container> detect(String formatName, String majorBrand, JsonNode video, JsonNode audio) {
        return switch (formatName) {
            case "mov,mp4,m4a,3gp,3g2,mj2" -> Optional.of(switch (majorBrand.trim().toLowerCase(Locale.ROOT)) {
                case "qt" -> Container.MOV;
                case "m4v" -> Container.M4V;
                default -> Container.MP4;
            });
            case "matroska,webm" -> Optional.of(isWebm(video, audio) ? Container.WEBM : Container.MKV);
            case "avi" -> Optional.of(Container.AVI);
            default -> Optional.empty();
        };
    }

    private static boolean isWebm(JsonNode video, JsonNode audio) {
        boolean videoFits = video == null || WEBM_VIDEO.contains(video.path("codec_name").asString(""));
        boolean audioFits = audio == null || WEBM_AUDIO.contains(audio.path("codec_name").asString(""));
        return video != null && videoFits && audioFits;
    }

    static VideoStream videoStream(JsonNode video) {
        Optional<FrameRate> average = FrameRate.parse(video.path("avg_frame_rate").asString(""));
        Optional<FrameRate> base = FrameRate.parse(video.path("r_frame_rate").asString(""));
        // Timecodes need some base; a stream that states no rate at all is rare enough to assume 30.
        FrameRate rate = average.or(() -> base).orElse(new FrameRate(30, 1));
        return new VideoStream(video.path("codec_name").asString(""), video.path("width").asInt(0),
                video.path("height").asInt(0), rate, video.path("pix_fmt").asString(""), base.orElse(rate));
    }

    /**
     * The timecode of the first frame: a {@code tmcd} track's, else the video stream's (the MOV demuxer puts
     * it there too), else the container's tag (Matroska writes {@code TIMECODE}). Empty when none parses.
     */
    static Optional<TimecodeFormat.Start> startTimecode(JsonNode root, FrameRate rate) {
        List<JsonNode> places = new ArrayList<>();
        for (JsonNode stream : root.path("streams")) {
            if (stream.path("codec_tag_string").asString("").equals("tmcd")) {
                places.add(stream.path("tags"));
            }
        }
        for (JsonNode stream : root.path("streams")) {
            if (stream.path("codec_type").asString("").equals("video")) {
                places.add(stream.path("tags"));
            }
        }
        places.add(root.path("format").path("tags"));
        for (JsonNode tags : places) {
            for (var tag : tags.properties()) {
                if (tag.getKey().equalsIgnoreCase("timecode")) {
                    Optional<TimecodeFormat.Start> start = TimecodeFormat.parse(tag.getValue().asString(""), rate);
                    if (start.isPresent()) {
                        return start;
                    }
                }
            }
        }
        return Optional.empty();
    }

    static AudioStream audioStream(JsonNode audio) {
        return new AudioStream(audio.path("codec_name").asString(""), (int) number(audio.path("sample_rate"), 0),
                audio.path("channels").asInt(0));
    }

    /** ffprobe writes most numbers as strings, and "N/A" where it does not know. */
    static double number(JsonNode node, double fallback) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            double value = Double.parseDouble(node.asString(""));
            return Double.isFinite(value) ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** True when the first bytes are those of an ISO media file, Matroska/WebM or AVI. */
    static boolean hasKnownSignature(Path file) {
        for (String box : new String[] {"ftyp", "moov", "mdat", "free", "wide", "skip"}) {
            if (MediaProbe.startsWith(file, box.getBytes(StandardCharsets.US_ASCII), 4)) {
                return true;
            }
        }
        return MediaProbe.startsWith(file, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 0)
                || MediaProbe.startsWith(file, "RIFF".getBytes(StandardCharsets.US_ASCII), 0)
                && MediaProbe.startsWith(file, "AVI ".getBytes(StandardCharsets.US_ASCII), 8);
    }
}
