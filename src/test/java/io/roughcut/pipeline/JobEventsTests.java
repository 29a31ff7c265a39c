package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.pipeline.redis.RedisJobEvents;
import io.roughcut.pipeline.redis.RedisLink;
import io.roughcut.testing.RedisServer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Progress events reach the listeners of their job: in one process, and across nodes over Redis pub/sub. */
class JobEventsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        for (int i = 0; i < 100 && list.size() < size; i++) {
            Thread.sleep(20);
        }
    }

    @Test
    void inOneProcessAJobsListenersHearItsEventsUntilTheyStop() throws Exception {
        JobEvents events = new InProcessJobEvents();
        UUID job = UUID.randomUUID();
        List<JobEvent> heard = new CopyOnWriteArrayList<>();
        AutoCloseable listening = events.subscribe(job, heard::add);
        events.publish(JobEvent.job(job, JobState.ANALYZING, 40));
        events.publish(JobEvent.job(UUID.randomUUID(), JobState.ANALYZING, 50));
        listening.close();
        events.publish(JobEvent.job(job, JobState.COMPLETE, 100));
        assertThat(heard).extracting(JobEvent::progress).containsExactly(40);
    }

    @Test
    void anEventPublishedOnOneNodeReachesTheListenersOfAnother() throws Exception {
        try (RedisServer redis = RedisServer.start();
             RedisLink worker = RedisLink.of(redis.url());
             RedisLink api = RedisLink.of(redis.url());
             RedisJobEvents onWorker = new RedisJobEvents(worker.client().orElseThrow(), JSON);
             RedisJobEvents onApi = new RedisJobEvents(api.client().orElseThrow(), JSON)) {
            UUID job = UUID.randomUUID();
            List<JobEvent> heard = new CopyOnWriteArrayList<>();
            AutoCloseable listening = onApi.subscribe(job, heard::add);
            JobEvent chunk = JobEvent.chunk(job, JobState.ANALYZING, 52, 3, ChunkState.COMPLETE, 7);
            onWorker.publish(chunk);
            onWorker.publish(JobEvent.job(UUID.randomUUID(), JobState.ANALYZING, 10));
            awaitSize(heard, 1);
            assertThat(heard).containsExactly(chunk);

            listening.close();
            onWorker.publish(JobEvent.job(job, JobState.COMPLETE, 100));
            Thread.sleep(300);
            assertThat(heard).as("nothing after the listener left").hasSize(1);
        }
    }
}
