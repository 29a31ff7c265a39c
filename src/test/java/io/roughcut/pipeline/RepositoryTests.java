package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.cutlist.Decision;
import io.roughcut.session.Session;
import io.roughcut.session.SessionRepository;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The repositories on both databases the service supports, with the same SQL. */
class RepositoryTests {

    static Stream<Supplier<TestDatabases.Db>> databases() {
        return Stream.of(TestDatabases::h2, TestDatabases::postgres);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static UUID session(TestDatabases.Db db, OffsetDateTime expires) {
        UUID id = UUID.randomUUID();
        new SessionRepository(db.jdbc()).insert(new Session(id, now(), now(), expires), "h" + id);
        return id;
    }

    static Job job(TestDatabases.Db db, UUID session) {
        Job job = Job.queued(UUID.randomUUID(), session, "local", AnalysisOptions.DEFAULT, "talk.mov", 1234, "mov", 12.5, "uploads/x/original");
        new JobRepository(db.jdbc()).insert(job);
        return job;
    }

    static UUID session(TestDatabases.Db db) {
        return session(db, now().plusDays(1));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aJobIsOnlyVisibleToItsOwnSession(Supplier<TestDatabases.Db> database) {
        try (var db = database.get()) {
            JobRepository jobs = new JobRepository(db.jdbc());
            UUID mine = session(db, now().plusDays(30));
            UUID other = session(db, now().plusDays(30));
            Job job = job(db, mine);
            assertThat(jobs.findOwned(job.id(), mine)).get().extracting(Job::fileName).isEqualTo("talk.mov");
            assertThat(jobs.findOwned(job.id(), other)).isEmpty();
            jobs.updateState(job.id(), JobState.PREPARING);
            assertThat(jobs.find(job.id()).orElseThrow().startedAt()).isNotNull();
            jobs.setShareToken(job.id(), "tok");
            assertThat(jobs.findByShareToken("tok")).get().extracting(Job::id).isEqualTo(job.id());
            assertThat(jobs.listForSession(mine)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void whatPrepareLearnedIsStoredOnTheJobWithNoLocalPath(Supplier<TestDatabases.Db> database) {
        try (var db = database.get()) {
            JobRepository jobs = new JobRepository(db.jdbc());
            Job job = job(db, session(db));
            jobs.setPrepared(job.id(), new PreparedFacts("mov", "remux", 12.4, "jobs/" + job.id() + "/normalized.mp4",
                    "{\"source\":1}", "{\"recording\":1}", -61.5, -22.0, 0.8));
            Job prepared = jobs.find(job.id()).orElseThrow();
            assertThat(prepared.recordingKey()).isEqualTo("jobs/" + job.id() + "/normalized.mp4");
            assertThat(prepared.sourceInfoJson()).isEqualTo("{\"source\":1}");
            assertThat(prepared.recordingInfoJson()).isEqualTo("{\"recording\":1}");
            assertThat(prepared.durationSeconds()).isEqualTo(12.4);
            assertThat(prepared.noiseFloorDb()).isEqualTo(-61.5);
            assertThat(prepared.profile()).isEqualTo(new io.roughcut.analysis.RecordingProfile(-61.5, -22.0, 0.8));
            List<String> columns = db.jdbc().sql("SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM "
                    + "information_schema.columns WHERE LOWER(table_name) IN ('video_jobs', 'video_chunks')")
                    .query(String.class).list();
            assertThat(columns).contains("video_jobs.recording_key", "video_chunks.blob_key")
                    .doesNotContain("video_jobs.work_dir", "video_jobs.normalized_file", "video_chunks.file_name");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theMeasuredShareWeighsEachChunkByItsLengthAndThePercentNeverGoesBack(Supplier<TestDatabases.Db> database) {
        try (var db = database.get()) {
            ChunkRepository chunks = new ChunkRepository(db.jdbc());
            JobRepository jobs = new JobRepository(db.jdbc());
            Job job = job(db, session(db));
            assertThat(chunks.measuredShare(job.id())).as("no chunks yet").isZero();
            chunks.replaceAll(job.id(), List.of(
                    new Chunk(job.id(), 0, 0, 6, 6, 100, Chunk.blobKey(job.id(), 0), ChunkState.PENDING, 0, null, null, null, null),
                    new Chunk(job.id(), 1, 6, 8, 8, 100, Chunk.blobKey(job.id(), 1), ChunkState.PENDING, 0, null, null, null, null)));
            chunks.setMeasured(job.id(), 0, 0.5);
            assertThat(chunks.measuredShare(job.id())).as("only a running chunk measures").isZero();
            chunks.markProcessing(job.id(), 0);
            chunks.setMeasured(job.id(), 0, 0.5);
            assertThat(chunks.measuredShare(job.id())).isEqualTo(3.0 / 8);
            chunks.markComplete(job.id(), 0, 1, "[]", "{}");
            chunks.markProcessing(job.id(), 1);
            chunks.setMeasured(job.id(), 1, 0.25);
            assertThat(chunks.measuredShare(job.id())).isEqualTo(6.5 / 8);
            chunks.markProcessing(job.id(), 1);
            assertThat(chunks.measuredShare(job.id())).as("a new try measures from its start").isEqualTo(6.0 / 8);
            chunks.markFailed(job.id(), 1, "bad");
            assertThat(chunks.measuredShare(job.id())).isEqualTo(1.0);

            jobs.setProgress(job.id(), 40);
            jobs.setProgress(job.id(), 30);
            assertThat(jobs.find(job.id()).orElseThrow().progress()).isEqualTo(40);
            jobs.updateState(job.id(), JobState.PREPARING, 0);
            assertThat(jobs.find(job.id()).orElseThrow()).extracting(Job::state, Job::progress)
                    .containsExactly(JobState.PREPARING, 40);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChunkResultWrittenTwiceIsStoredOnce(Supplier<TestDatabases.Db> database) {
        try (var db = database.get()) {
            ChunkRepository chunks = new ChunkRepository(db.jdbc());
            Job job = job(db, session(db, now().plusDays(1)));
            chunks.replaceAll(job.id(), List.of(
                    new Chunk(job.id(), 0, 0, 5, 5, 100, Chunk.blobKey(job.id(), 0), ChunkState.PENDING, 0, null, null, null, null),
                    new Chunk(job.id(), 1, 5, 9, 9, 100, Chunk.blobKey(job.id(), 1), ChunkState.PENDING, 0, null, null, null, null)));
            chunks.markProcessing(job.id(), 0);
            chunks.markComplete(job.id(), 0, 2, "[1,2]", "{}");
            chunks.markProcessing(job.id(), 0);
            chunks.markComplete(job.id(), 0, 3, "[1,2,3]", "{}");
            assertThat(chunks.countUnfinished(job.id())).isEqualTo(1);
            chunks.markFailed(job.id(), 1, "bad");
            assertThat(chunks.countUnfinished(job.id())).isZero();
            Chunk first = chunks.find(job.id(), 0).orElseThrow();
            assertThat(first.cutsFound()).isEqualTo(3);
            assertThat(first.blobKey()).isEqualTo("jobs/" + job.id() + "/chunks/000.mp4");
            assertThat(first.attempts()).isEqualTo(2);
            assertThat(chunks.list(job.id())).extracting(Chunk::state).containsExactly(ChunkState.COMPLETE, ChunkState.FAILED);

            ResultRepository results = new ResultRepository(db.jdbc());
            results.save(job.id(), "{\"a\":1}");
            results.save(job.id(), "{\"a\":2}");
            assertThat(results.find(job.id())).contains("{\"a\":2}");
            results.decide(job.id(), "s-0001", Decision.REJECTED);
            results.decide(job.id(), "s-0001", Decision.ACCEPTED);
            results.decide(job.id(), "s-0002", Decision.REJECTED);
            assertThat(results.decisions(job.id())).containsEntry("s-0001", Decision.ACCEPTED)
                    .containsEntry("s-0002", Decision.REJECTED).hasSize(2);
            new ProcessingLog(db.jdbc()).info(job.id(), 0, "hello");
            assertThat(new ProcessingLog(db.jdbc()).lines(job.id())).extracting(ProcessingLog.Line::message)
                    .containsExactly("hello");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deletingAnExpiredSessionTakesItsJobsAlong(Supplier<TestDatabases.Db> database) {
        try (var db = database.get()) {
            SessionRepository sessions = new SessionRepository(db.jdbc());
            UUID expired = session(db, now().minusMinutes(1));
            UUID live = session(db, now().plusDays(1));
            Job job = job(db, expired);
            new TaskRepository(db.jdbc(), db.transactions()).create(job.id(), TaskType.PREPARE, Task.NO_CHUNK);
            assertThat(sessions.findLive("h" + expired, now())).isEmpty();
            assertThat(sessions.findLive("h" + live, now())).isPresent();
            assertThat(sessions.listExpired(now())).containsExactly(expired);
            sessions.delete(expired);
            assertThat(new JobRepository(db.jdbc()).find(job.id())).isEmpty();
            assertThat(new TaskRepository(db.jdbc(), db.transactions()).listPending()).isEmpty();
        }
    }
}
