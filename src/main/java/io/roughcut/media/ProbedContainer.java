package io.roughcut.media;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        FrameRate rate = frameRate(video.path("avg_frame_rate").asString(""));
        if (rate == null) {
            rate = frameRate(video.path("r_frame_rate").asString(""));
        }
        if (rate == null) {
            // Timecodes need some base; a stream that states no rate at all is rare enough to assume 30.
            rate = new FrameRate(30, 1);
        }
        return new VideoStream(video.path("codec_name").asString(""), video.path("width").asInt(0),
                video.path("height").asInt(0), rate, video.path("pix_fmt").asString(""));
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

    private static FrameRate frameRate(String rational) {
        int slash = rational.indexOf('/');
        if (slash < 0) {
            return null;
        }
        try {
            long num = Long.parseLong(rational.substring(0, slash));
            long den = Long.parseLong(rational.substring(slash + 1));
            if (num <= 0 || den <= 0 || num > Integer.MAX_VALUE || den > Integer.MAX_VALUE) {
                return null;
            }
            return new FrameRate((int) num, (int) den);
        } catch (NumberFormatException e) {
            return null;
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
