package io.roughcut.analysis.gemini;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.media.PlannedChunk;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The brief's checklist, told for one chunk, and the JSON schema the answer must follow. Times are asked
 * for as seconds from the start of the chunk's file: the chunk's offset in the recording is added in
 * code, never by the model. Stateless.
 */
final class GeminiPrompt {

    private GeminiPrompt() {
    }

    static String forChunk(ChunkInput input) {
        PlannedChunk chunk = input.chunk();
        double fileSeconds = chunk.fileDuration();
        double overlapAfter = Math.max(0, chunk.fileEnd() - chunk.end());
        return String.format(Locale.ROOT, """
                You are a video editor's assistant. Watch and listen to this video and list every stretch \
                that should be cut out of the final edit.

                About this video: it is part %d of %d of a longer recording, and it lasts %.3f seconds.%s%s

                Find:
                - pause: silences longer than about 1 second between sentences or thoughts
                - filler_words: "um", "uh", "like", "you know", "so", "basically" and similar, said as filler
                - false_start: a sentence begun, abandoned and restarted
                - technical: coughs, interruptions, audio or video glitches, black or frozen picture
                - redundant: a word, phrase or take that repeats what was just said
                - dead_air: silence or no content at the very start or end of the recording

                Rules:
                - start and end are seconds from the start of THIS video (0 to %.3f), as decimal numbers \
                with up to 3 decimals, not timecode strings.
                - Start a cut where the unwanted sound begins and end it where it ends; never cut into a \
                kept word.
                - category is one of: %s.
                - reason says in a few words why the stretch should go.
                - confidence is how sure you are, from 0 to 1.
                - transcript is the first few words spoken in the stretch, or empty for silence.
                - Report nothing you are not sure is in this video. An empty list is a valid answer.
                """, chunk.index() + 1, input.chunkCount(), fileSeconds,
                overlapSentence(overlapAfter), deadAirSentence(input), fileSeconds, categories());
    }

    private static String overlapSentence(double after) {
        // Cuts found twice in an overlap are merged after analysis; the model only needs to know why the
        // end of its part may look like an unfinished thought.
        return after > 0 ? String.format(Locale.ROOT,
                " Its last %.1f seconds are also the start of the next part.", after) : "";
    }

    private static String deadAirSentence(ChunkInput input) {
        if (input.isFirst() && input.isLast()) {
            return " It holds the whole recording, start and end.";
        }
        if (input.isFirst()) {
            return " It is the start of the recording.";
        }
        if (input.isLast()) {
            return " It is the end of the recording.";
        }
        return " Neither the start nor the end of the recording is in it, so do not report dead_air.";
    }

    private static String categories() {
        return String.join(", ", Arrays.stream(Category.values()).map(Category::id).toList());
    }

    /** The schema of {@code generationConfig.responseJsonSchema}. */
    static Map<String, Object> responseSchema() {
        Map<String, Object> segment = Map.of(
                "type", "object",
                "properties", Map.of(
                        "start", Map.of("type", "number", "description", "seconds from the start of this video"),
                        "end", Map.of("type", "number", "description", "seconds from the start of this video"),
                        "category", Map.of("type", "string",
                                "enum", Arrays.stream(Category.values()).map(Category::id).toList()),
                        "reason", Map.of("type", "string"),
                        "confidence", Map.of("type", "number", "minimum", 0, "maximum", 1),
                        "transcript", Map.of("type", "string")),
                "required", List.of("start", "end", "category", "reason", "confidence"));
        return Map.of(
                "type", "object",
                "properties", Map.of("segments", Map.of("type", "array", "items", segment)),
                "required", List.of("segments"));
    }
}
