package io.roughcut.analysis.gemini;

import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.ModalityTokenCount;
import io.roughcut.analysis.Usage;
import java.util.List;

/** Reads a reply's usageMetadata into a {@link Usage} and prices it from the price table. Stateless. */
final class UsageMeter {

    private UsageMeter() {
    }

    static Usage of(GenerateContentResponse response, ModelPrice price) {
        GenerateContentResponseUsageMetadata meta = response.usageMetadata().orElse(null);
        if (meta == null) {
            return new Usage(1, 0, 0, 0, 0, 0, 0);
        }
        long video = 0;
        long audio = 0;
        long text = 0;
        List<ModalityTokenCount> details = meta.promptTokensDetails().orElse(List.of());
        for (ModalityTokenCount d : details) {
            long count = d.tokenCount().orElse(0);
            String modality = d.modality().map(Object::toString).orElse("TEXT");
            switch (modality) {
                case "VIDEO", "IMAGE" -> video += count;
                case "AUDIO" -> audio += count;
                default -> text += count;
            }
        }
        long prompt = meta.promptTokenCount().orElse(0);
        if (details.isEmpty()) {
            text = prompt;
        }
        long output = meta.candidatesTokenCount().orElse(0);
        long thinking = meta.thoughtsTokenCount().orElse(0);
        return priced(1, video, audio, text, output, thinking, price);
    }

    static Usage priced(long calls, long video, long audio, long text, long output, long thinking, ModelPrice price) {
        double cost = price == null ? 0 : price.cost(video + text, audio, output + thinking);
        return new Usage(calls, video, audio, text, output, thinking, cost);
    }
}
