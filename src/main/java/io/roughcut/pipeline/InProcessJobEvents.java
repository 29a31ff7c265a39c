package io.roughcut.pipeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link JobEvents} within one process: events reach the listeners of this process only. Thread-safe. */
public final class InProcessJobEvents implements JobEvents {

    private static final Logger log = LoggerFactory.getLogger(InProcessJobEvents.class);

    private final Map<UUID, List<Consumer<JobEvent>>> listeners = new ConcurrentHashMap<>();

    @Override
    public AutoCloseable subscribe(UUID jobId, Consumer<JobEvent> listener) {
        listeners.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(jobId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public void publish(JobEvent event) {
        for (Consumer<JobEvent> l : listeners.getOrDefault(event.jobId(), List.of())) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                log.debug("an event listener failed: {}", e.toString());
            }
        }
    }

    /** True while someone in this process listens to the job. */
    public boolean hasListeners(UUID jobId) {
        return listeners.containsKey(jobId);
    }
}
