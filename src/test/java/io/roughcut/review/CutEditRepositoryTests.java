package io.roughcut.review;

import io.roughcut.analysis.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.cutlist.CutEdit;
import io.roughcut.cutlist.TimeRange;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.pipeline.JobState;
import io.roughcut.pipeline.TestDatabases;
import io.roughcut.session.Session;
import io.roughcut.session.SessionRepository;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reviewer's edits on both databases the service supports, with the same SQL. */
class CutEditRepositoryTests {

    static Stream<Supplier<TestDatabases.Db>> databases() {
        return Stream.of(TestDatabases::h2, TestDatabases::postgres);
    }

    private static UUID job(TestDatabases.Db db) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID session = UUID.randomUUID();
        new SessionRepository(db.jdbc()).insert(new Session(session, now, now, now.plusDays(30)), "h" + session);
        Job job = new Job(UUID.randomUUID(), session, null, JobState.COMPLETE, 100, "local", "talk.mov", 1234, "mov",
                null, 60.0, "uploads/x/original", null, null, null, null, null, null, null, now, null, null, AnalysisOptions.DEFAULT);
        new JobRepository(db.jdbc()).insert(job);
        return job.id();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsOneEditPerCutAndForgetsItOnReset(Supplier<TestDatabases.Db> database) {
        try (var db = database.get()) {
            CutEditRepository edits = new CutEditRepository(db.jdbc());
            UUID job = job(db);
            CutEdit moved = CutEdit.adjusted("s-0001", new TimeRange(1.2, 2.5));
            CutEdit added = CutEdit.added("r-abc123", new TimeRange(10, 11.25),
                    new CutEdit.AddedCut(Category.FILLER_WORDS, "Added by the reviewer", 1.0, SegmentSource.REVIEWER));
            edits.save(job, moved);
            edits.save(job, added);
            assertThat(edits.edits(job)).containsExactlyInAnyOrder(moved, added);

            CutEdit movedAgain = moved.withRange(new TimeRange(1.0, 2.5)).withRemoved(true);
            edits.save(job, movedAgain);
            assertThat(edits.edits(job)).containsExactlyInAnyOrder(movedAgain, added);

            edits.delete(job, "s-0001");
            assertThat(edits.edits(job)).containsExactly(added);
            assertThat(edits.edits(job(db))).as("another job's edits are its own").isEmpty();

            new JobRepository(db.jdbc()).delete(job);
            assertThat(edits.edits(job)).as("deleted with the job").isEmpty();
        }
    }
}
