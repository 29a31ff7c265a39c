package io.roughcut.analysis.gemini;

import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Settings and a recording pause for tests against the fake Gemini: every wait is short or skipped. */
final class GeminiTestSupport {

    static final String KEY = "test-key";
    /** Distinct from every backoff, so tests can tell polls from retries. */
    static final Duration POLL = Duration.ofMillis(1);

    private GeminiTestSupport() {
    }

    static GeminiSettings settings(FakeGeminiServer fake) {
        return GeminiSettings.defaults(KEY).toBuilder().baseUrl(fake.baseUrl()).pollInterval(POLL)
                .initialBackoff(Duration.ofMillis(40)).maxRetryDelay(Duration.ofSeconds(1)).build();
    }

    /** Records the waits the analyser asks for and sleeps not at all. */
    static final class RecordedPauses implements RetryPolicy.Pause {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        List<Duration> retryWaits() {
            return waits.stream().filter(d -> !d.equals(POLL)).toList();
        }
    }
}
