package io.roughcut.session;

import io.roughcut.pipeline.JobRepository;
import io.roughcut.pipeline.Jobs;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes expired sessions with their jobs, blobs and work files, every hour. */
@Component
public final class SessionCleanup {

    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

    private final SessionRepository sessions;
    private final JobRepository jobRepository;
    private final Jobs jobs;

    SessionCleanup(SessionRepository sessions, JobRepository jobRepository, Jobs jobs) {
        this.sessions = sessions;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
    }

    /** Returns how many sessions were deleted. */
    @Scheduled(fixedDelayString = "${roughcut.session.cleanup-every:1h}", initialDelayString = "${roughcut.session.cleanup-every:1h}")
    public int cleanUp() {
        int deleted = 0;
        for (UUID id : sessions.listExpired(Sessions.now())) {
            jobRepository.listForSession(id).forEach(jobs::delete);
            sessions.delete(id);
            deleted++;
        }
        if (deleted > 0) {
            log.info("deleted {} expired session(s) with their jobs", deleted);
        }
        return deleted;
    }
}
