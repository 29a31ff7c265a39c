package io.roughcut.pipeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Progress events of jobs, delivered in-process to whoever listens (the SSE endpoint). A distributed
 * version would carry them over Redis pub/sub. Thread-safe; listeners must not block.
 */
@Component
public final class JobEvents {

    private static final Logger log = LoggerFactory.getLogger(JobEvents.class);

    private final Map<UUID, List<Consumer<JobEvent>>> listeners = new ConcurrentHashMap<>();

    /** Listens to one job's events until the returned handle is closed. */
    public AutoCloseable subscribe(UUID jobId, Consumer<JobEvent> listener) {
        listeners.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(jobId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public void publish(JobEvent event) {
        for (Consumer<JobEvent> l : listeners.getOrDefault(event.jobId(), List.of())) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                log.debug("an event listener failed: {}", e.toString());
            }
        }
    }
}
