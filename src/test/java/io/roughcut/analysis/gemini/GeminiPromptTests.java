package io.roughcut.analysis.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeminiPromptTests {

    private static ChunkInput chunk(int index, int count, double start, double end, double fileEnd) {
        return new ChunkInput(Path.of("c.mp4"), new PlannedChunk(index, start, end, fileEnd, 1000), count, null,
                RecordingProfile.NONE);
    }

    @Test
    void tellsTheChunksPlaceDurationAndOverlapAndAsksForRelativeSeconds() {
        String prompt = GeminiPrompt.forChunk(chunk(1, 3, 600, 1200, 1202));

        assertThat(prompt).contains("part 2 of 3").contains("lasts 602.000 seconds")
                .contains("last 2.0 seconds are also the start of the next part")
                .contains("seconds from the start of THIS video (0 to 602.000)")
                .contains("do not report dead_air");
        for (Category c : Category.values()) {
            assertThat(prompt).contains(c.id());
        }
        assertThat(prompt).contains("um").contains("you know").contains("basically");
    }

    @Test
    void theFirstAndLastChunksAreToldSo() {
        assertThat(GeminiPrompt.forChunk(chunk(0, 3, 0, 600, 600))).contains("start of the recording")
                .doesNotContain("next part");
        assertThat(GeminiPrompt.forChunk(chunk(2, 3, 1200, 1500, 1500))).contains("end of the recording");
        assertThat(GeminiPrompt.forChunk(chunk(0, 1, 0, 60, 60))).contains("whole recording");
    }

    @Test
    void theCostEstimateCoversThePromptAndSchema() {
        String prompt = GeminiPrompt.forChunk(chunk(1, 3, 600, 1200, 1202));
        String schema = tools.jackson.databind.json.JsonMapper.shared()
                .writeValueAsString(GeminiPrompt.responseSchema());

        // Gemini counts about 4 characters of English per token.
        assertThat((prompt.length() + schema.length()) / 4).isBetween(300, GeminiCostEstimate.PROMPT_TOKENS_PER_CHUNK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemaAllowsExactlyTheCategories() {
        Map<String, Object> segments = (Map<String, Object>) ((Map<String, Object>) GeminiPrompt.responseSchema()
                .get("properties")).get("segments");
        Map<String, Object> item = (Map<String, Object>) segments.get("items");
        Map<String, Object> category = (Map<String, Object>) ((Map<String, Object>) item.get("properties"))
                .get("category");

        assertThat(category.get("enum")).isEqualTo(Arrays.stream(Category.values()).map(Category::id).toList());
        assertThat((Iterable<String>) item.get("required")).contains("start", "end", "category", "confidence");
    }
}
