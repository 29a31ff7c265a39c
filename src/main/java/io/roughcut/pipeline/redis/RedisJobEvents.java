package io.roughcut.pipeline.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.roughcut.pipeline.InProcessJobEvents;
import io.roughcut.pipeline.JobEvent;
import io.roughcut.pipeline.JobEvents;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link JobEvents} across nodes: every event is published on the job's Redis channel
 * ({@code roughcut:job:{id}}), and a node subscribes to a job's channel while one of its browsers listens to
 * that job, then hands what arrives to its local listeners. Publishing is asynchronous, so a task never
 * waits for Redis; an event lost while Redis is away only delays what a browser shows. Thread-safe.
 */
public final class RedisJobEvents implements JobEvents, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisJobEvents.class);
    private static final String PREFIX = "roughcut:job:";

    private final StatefulRedisConnection<String, String> publishing;
    private final StatefulRedisPubSubConnection<String, String> listening;
    private final InProcessJobEvents local = new InProcessJobEvents();
    private final JsonMapper json;

    public RedisJobEvents(RedisClient client, JsonMapper json) {
        this.json = json;
        this.publishing = client.connect();
        this.listening = client.connectPubSub();
        listening.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                try {
                    local.publish(json.readValue(message, JobEvent.class));
                } catch (RuntimeException e) {
                    log.debug("an event on {} could not be read: {}", channel, e.toString());
                }
            }
        });
    }

    @Override
    public synchronized AutoCloseable subscribe(UUID jobId, Consumer<JobEvent> listener) {
        boolean first = !local.hasListeners(jobId);
        AutoCloseable handle = local.subscribe(jobId, listener);
        if (first) {
            try {
                listening.sync().subscribe(PREFIX + jobId);
            } catch (RedisException e) {
                log.warn("could not subscribe to job {}'s events ({}); the page will refresh from the database",
                        jobId, e.getMessage());
            }
        }
        return () -> unsubscribe(jobId, handle);
    }

    private synchronized void unsubscribe(UUID jobId, AutoCloseable handle) throws Exception {
        handle.close();
        if (!local.hasListeners(jobId)) {
            try {
                listening.async().unsubscribe(PREFIX + jobId);
            } catch (RedisException e) {
                log.debug("could not unsubscribe from job {}: {}", jobId, e.toString());
            }
        }
    }

    @Override
    public void publish(JobEvent event) {
        try {
            publishing.async().publish(PREFIX + event.jobId(), json.writeValueAsString(event));
        } catch (RedisException e) {
            log.debug("event of job {} not published: {}", event.jobId(), e.toString());
        }
    }

    @Override
    public void close() {
        listening.close();
        publishing.close();
    }
}
