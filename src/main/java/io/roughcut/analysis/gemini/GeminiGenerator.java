package io.roughcut.analysis.gemini;

import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.types.ClientOptions;
import com.google.genai.types.Content;
import com.google.genai.types.FileData;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.ThinkingConfig;
import com.google.genai.types.VideoMetadata;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Calls generateContent through the official SDK (google-genai 2.0.0). The SDK is told to use
 * {@code v1beta}, the configured base URL and timeout, and to try once: retries are ours, because the
 * SDK's ignore the {@code retryDelay} of a 429. The SDK also drops the error body's details, so an
 * OkHttp interceptor reads failed answers first and raises them with the whole body. Thread-safe.
 */
final class GeminiGenerator implements AutoCloseable {

    private final Client client;
    private final GeminiSettings settings;

    GeminiGenerator(GeminiSettings settings) {
        this.settings = settings;
        HttpOptions http = HttpOptions.builder()
                .apiVersion("v1beta")
                .baseUrl(settings.baseUrl())
                .timeout(Math.toIntExact(settings.generationTimeout().toMillis()))
                .retryOptions(HttpRetryOptions.builder().attempts(1).build())
                .build();
        // With a custom client the SDK keeps OkHttp's 10 s read timeout, which a video answer often exceeds;
        // the whole call is bounded by the SDK's callTimeout (generationTimeout) instead.
        OkHttpClient okHttp = new OkHttpClient.Builder()
                .connectTimeout(java.time.Duration.ofSeconds(30))
                .readTimeout(java.time.Duration.ZERO)
                .writeTimeout(java.time.Duration.ZERO)
                .addInterceptor(new ErrorBodyInterceptor())
                .build();
        this.client = Client.builder()
                .apiKey(settings.hasApiKey() ? settings.apiKey() : "missing")
                .httpOptions(http)
                .clientOptions(ClientOptions.builder().customHttpClient(okHttp).build())
                .build();
    }

    GenerateContentResponse generate(GeminiFile file, String prompt, Map<String, Object> schema) {
        Part video = Part.builder()
                .fileData(FileData.builder().fileUri(file.uri()).mimeType(file.mimeType()).build())
                .videoMetadata(VideoMetadata.builder().fps(settings.fps()).build())
                .build();
        GenerateContentConfig.Builder config = GenerateContentConfig.builder()
                .temperature((float) settings.temperature())
                .maxOutputTokens(settings.maxOutputTokens())
                .responseMimeType("application/json")
                .responseJsonSchema(schema)
                .mediaResolution(settings.mediaResolution().apiName());
        if (settings.thinkingBudget() >= 0) {
            config.thinkingConfig(ThinkingConfig.builder().thinkingBudget(settings.thinkingBudget()).build());
        }
        try {
            return client.models.generateContent(settings.model(),
                    Content.builder().role("user").parts(video, Part.fromText(prompt)).build(), config.build());
        } catch (GenAiIOException e) {
            throw translate(e.getCause() == null ? e : e.getCause());
        } catch (ApiException e) {
            // Only reached if the interceptor was bypassed; the details (retryDelay, reason) are lost then.
            throw GeminiCallException.http("generateContent", e.code(),
                    "{\"error\":{\"message\":" + quote(e.message()) + "}}");
        }
    }

    private static GeminiCallException translate(Throwable cause) {
        if (cause instanceof ErrorBody body) {
            return GeminiCallException.http("generateContent", body.code, body.body);
        }
        if (cause instanceof InterruptedIOException) {
            return GeminiCallException.timeout("generateContent", cause);
        }
        return GeminiCallException.io("generateContent", cause);
    }

    private static String quote(String s) {
        return tools.jackson.databind.json.JsonMapper.shared().getNodeFactory().stringNode(s).toString();
    }

    @Override
    public void close() {
        client.close();
    }

    /** Carries a failed answer's status and body past the SDK, which would keep only its message. */
    private static final class ErrorBody extends IOException {
        private final int code;
        private final String body;

        ErrorBody(int code, String body) {
            super("HTTP " + code);
            this.code = code;
            this.body = body;
        }
    }

    private static final class ErrorBodyInterceptor implements Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            Response response = chain.proceed(chain.request());
            if (response.isSuccessful()) {
                return response;
            }
            try (response) {
                String body = response.body() == null ? "" : response.body().string();
                throw new ErrorBody(response.code(), body);
            }
        }
    }
}
