package io.roughcut.analysis.gemini.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's generateContent: it checks that the file is ACTIVE, lets {@link FakeModel} answer from the
 * media, applies a scripted fault to the answer, and bills tokens from the media's real duration: 258
 * tokens a frame (66 at MEDIA_RESOLUTION_LOW) at the requested fps, 32 tokens a second of audio, and a
 * quarter token per character of text. Thread-safe.
 */
final class FakeGenerate {

    private final FakeFiles files;
    private final FakeModel model;
    private final Map<String, FakeModel.Media> probed = new ConcurrentHashMap<>();
    final Map<String, List<Planted>> planted = new ConcurrentHashMap<>();
    volatile boolean clockTimes;
    /** How long every answer takes, as a real model's does; zero in tests that only care about content. */
    volatile java.time.Duration latency = java.time.Duration.ZERO;

    FakeGenerate(FakeFiles files, FakeModel model) {
        this.files = files;
        this.model = model;
    }

    void handle(HttpExchange exchange, JsonNode request, Fault fault) throws IOException {
        JsonNode parts = request.path("contents").path(0).path("parts");
        String fileUri = null;
        double fps = 1;
        StringBuilder prompt = new StringBuilder();
        for (JsonNode part : parts.values()) {
            if (part.has("fileData")) {
                fileUri = part.path("fileData").path("fileUri").asString();
                fps = part.path("videoMetadata").path("fps").asDouble(1);
            }
            if (part.has("text")) {
                prompt.append(part.path("text").asString());
            }
        }
        FakeFiles.StoredFile file = fileUri == null ? null : files.files.get(fileUri.substring(fileUri.lastIndexOf('/') + 1));
        if (file == null) {
            Replies.error(exchange, 400, "INVALID_ARGUMENT", "No such file: " + fileUri);
            return;
        }
        if (!file.state.equals("ACTIVE")) {
            Replies.error(exchange, 400, "FAILED_PRECONDITION", "The file files/" + file.id
                    + " is not in an ACTIVE state and usage is not allowed.");
            return;
        }
        if (latency.isPositive()) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        JsonNode config = request.path("generationConfig");
        FakeModel.Media media = probed.computeIfAbsent(file.sha256Hex, k -> model.probe(file.data));
        String text = model.answer(media, planted.getOrDefault(file.sha256Hex, List.of()), prompt.toString(), clockTimes);
        String finish = fault != null && fault.finishReason() != null ? fault.finishReason() : "STOP";
        if (fault != null && fault.answer() != null) {
            text = fault.answer().equals(Fault.TRUNCATE) ? text.substring(0, text.length() / 2) : fault.answer();
        } else if (finish.equals("MAX_TOKENS")) {
            text = text.substring(0, text.length() / 3);
        }
        boolean low = config.path("mediaResolution").asString("").equals("MEDIA_RESOLUTION_LOW");
        long video = (long) Math.ceil(media.duration() * fps) * (low ? 66 : 258);
        long audio = media.hasAudio() ? Math.round(media.duration() * 32) : 0;
        long textTokens = (prompt.length() + 3) / 4;
        int budget = config.path("thinkingConfig").path("thinkingBudget").asInt(-1);
        long thoughts = budget == 0 ? 0 : Math.min(budget < 0 ? 200 : budget, 200);

        ObjectNode root = JsonMapper.shared().createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject();
        boolean blocked = !finish.equals("STOP") && !finish.equals("MAX_TOKENS");
        long output = blocked ? 0 : (text.length() + 3) / 4;
        if (!blocked) {
            candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", text);
        }
        candidate.put("finishReason", finish).put("index", 0);
        ObjectNode usage = root.putObject("usageMetadata")
                .put("promptTokenCount", video + audio + textTokens).put("candidatesTokenCount", output)
                .put("totalTokenCount", video + audio + textTokens + output + thoughts)
                .put("thoughtsTokenCount", thoughts);
        var details = usage.putArray("promptTokensDetails");
        details.addObject().put("modality", "TEXT").put("tokenCount", textTokens);
        details.addObject().put("modality", "VIDEO").put("tokenCount", video);
        if (audio > 0) {
            details.addObject().put("modality", "AUDIO").put("tokenCount", audio);
        }
        root.put("modelVersion", "fake-" + request.path("model").asString("gemini")).put("responseId", file.id);
        Replies.json(exchange, 200, root.toString());
    }
}
