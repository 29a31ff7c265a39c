package io.roughcut.analysis.gemini;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Gemini's JSON answer into chunk-relative segments, trusting nothing: times may come as numbers
 * or as {@code MM:SS} / {@code H:MM:SS} strings, are clamped to the chunk's file, and segments that end
 * before they start or name an unknown category are dropped, each with a log line. Stateless.
 */
final class GeminiAnswerParser {

    /** The answer is not usable JSON; the attempt failed. */
    static class BadAnswerException extends RuntimeException {
        BadAnswerException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The JSON stops mid-way: the model ran out of output tokens, so the chunk is too long. */
    static final class TruncatedAnswerException extends BadAnswerException {
        TruncatedAnswerException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(GeminiAnswerParser.class);
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)");

    private GeminiAnswerParser() {
    }

    /**
     * @param text         the model's text
     * @param chunkSeconds the duration of the chunk's file; segments are clamped to [0, chunkSeconds]
     */
    static List<Segment> parse(String text, double chunkSeconds) {
        if (text == null || text.isBlank()) {
            throw new BadAnswerException("Gemini's answer was empty.", null);
        }
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(stripFence(text));
        } catch (UnexpectedEndOfInputException e) {
            throw new TruncatedAnswerException("Gemini's answer stops in the middle of its JSON.", e);
        } catch (JacksonException e) {
            throw new BadAnswerException("Gemini's answer is not JSON: " + abbreviate(text), e);
        }
        JsonNode list = root.isArray() ? root : root.path("segments");
        if (!list.isArray()) {
            throw new BadAnswerException("Gemini's answer has no list of segments: " + abbreviate(text), null);
        }
        List<Segment> segments = new ArrayList<>();
        for (JsonNode item : list.values()) {
            toSegment(item, chunkSeconds).ifPresent(segments::add);
        }
        return segments;
    }

    private static Optional<Segment> toSegment(JsonNode item, double chunkSeconds) {
        String categoryId = item.path("category").asString("");
        Optional<Category> category = Category.fromId(categoryId.trim());
        if (category.isEmpty()) {
            log.warn("Dropped a Gemini segment with unknown category '{}': {}", categoryId, item);
            return Optional.empty();
        }
        double start = seconds(item.path("start"));
        double end = seconds(item.path("end"));
        if (Double.isNaN(start) || Double.isNaN(end)) {
            log.warn("Dropped a Gemini segment whose times are not numbers: {}", item);
            return Optional.empty();
        }
        double clampedStart = Math.clamp(start, 0, chunkSeconds);
        double clampedEnd = Math.clamp(end, 0, chunkSeconds);
        if (clampedStart != start || clampedEnd != end) {
            log.info("Clamped a Gemini segment {}..{} to the chunk's 0..{}", start, end, chunkSeconds);
        }
        if (!(clampedEnd > clampedStart)) {
            log.warn("Dropped a Gemini segment that does not end after it starts (within the chunk): {}", item);
            return Optional.empty();
        }
        double confidence = item.path("confidence").isNumber()
                ? Math.clamp(item.path("confidence").asDouble(), 0, 1) : 0.5;
        String reason = item.path("reason").asString("").trim();
        String transcript = item.path("transcript").asString("").trim();
        return Optional.of(new Segment(round(clampedStart), round(clampedEnd), category.get(),
                reason.isEmpty() ? category.get().id() : reason, confidence,
                transcript.isEmpty() ? null : transcript, SegmentSource.GEMINI, null));
    }

    /** Seconds from a number, a numeric string, or a clock string; NaN when none of those. */
    static double seconds(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (!node.isString()) {
            return Double.NaN;
        }
        String s = node.asString().trim();
        Matcher clock = CLOCK.matcher(s);
        if (clock.matches()) {
            double hours = clock.group(1) == null ? 0 : Integer.parseInt(clock.group(1));
            return hours * 3600 + Integer.parseInt(clock.group(2)) * 60 + Double.parseDouble(clock.group(3));
        }
        try {
            return Double.parseDouble(s.endsWith("s") ? s.substring(0, s.length() - 1) : s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Models sometimes wrap JSON in a Markdown code fence even when asked for JSON only. */
    private static String stripFence(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            int firstLine = t.indexOf('\n');
            t = firstLine < 0 ? "" : t.substring(firstLine + 1);
            if (t.endsWith("```")) {
                t = t.substring(0, t.length() - 3);
            }
        }
        return t;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 120 ? t : t.substring(0, 120) + "…";
    }
}
