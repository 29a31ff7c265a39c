package io.roughcut.analysis.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resumable upload against the fake, at the sizes where the SDK's own upload breaks: exact multiples
 * of 8 MiB (no finalize sent) and sizes that need several pieces. The fake rejects wrong offsets, pieces
 * that are not 8 MiB, and a total that differs from the declared length.
 */
class GeminiFilesIntegrationTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8 * 1024 * 1024, 2 * 8 * 1024 * 1024, 2 * 8 * 1024 * 1024 + 77})
    void uploadsEverySizeWholeAndFinalised(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = Files.write(dir.resolve("data.bin"), bytes);

        try (FakeGeminiServer fake = FakeGeminiServer.start("k")) {
            GeminiFiles files = new GeminiFiles(fake.baseUrl(), "k", Duration.ofSeconds(30));
            GeminiFile uploaded = files.upload(file, "data");

            assertThat(uploaded.name()).startsWith("files/");
            assertThat(uploaded.uri()).isEqualTo(fake.baseUrl() + "/v1beta/" + uploaded.name());
            assertThat(fake.uploads()).isEqualTo(1);
            assertThat(files.get(uploaded.name()).state()).isIn("PROCESSING", "ACTIVE");
            files.delete(uploaded.name());
            assertThat(fake.storedFiles()).isZero();
        }
    }

    @Test
    void aFileBecomesActiveAfterAFewPolls() {
        try (FakeGeminiServer fake = FakeGeminiServer.start("k").processingPolls(3)) {
            GeminiFiles files = new GeminiFiles(fake.baseUrl(), "k", Duration.ofSeconds(30));
            GeminiFile uploaded = files.upload(writeSmall(), "small");

            assertThat(uploaded.state()).isEqualTo("PROCESSING");
            assertThat(files.get(uploaded.name()).state()).isEqualTo("PROCESSING");
            assertThat(files.get(uploaded.name()).state()).isEqualTo("PROCESSING");
            assertThat(files.get(uploaded.name()).isActive()).isTrue();
        }
    }

    private Path writeSmall() {
        try {
            return Files.write(dir.resolve("small.bin"), new byte[] {1, 2, 3});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
