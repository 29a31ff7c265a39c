package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.pipeline.NodeRole;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code serve --roles}: apart, the roles need a shared queue, database and bucket, and say which is missing. */
class ServeRolesTests {

    @Test
    void bothRolesInOneProcessNeedNothingShared() {
        assertThat(Deployment.missing(Set.of(NodeRole.API, NodeRole.WORKER), name -> null)).isEmpty();
    }

    @Test
    void aWorkerAloneNamesEverySharedServiceItLacks() {
        Map<String, String> settings = Map.of("spring.datasource.url", "jdbc:h2:file:./data/db/roughcut");
        var missing = Deployment.missing(Set.of(NodeRole.WORKER), settings::get);
        assertThat(missing).hasSize(3);
        assertThat(String.join(" ", missing)).contains("REDIS_URL", "DATABASE_URL", "DO_SPACES_BUCKET");
    }

    @Test
    void anApiNodeWithEverythingSharedMayStart() {
        Map<String, String> settings = Map.of("roughcut.redis.url", "redis://redis:6379",
                "spring.datasource.url", "jdbc:postgresql://db:5432/roughcut", "roughcut.storage.s3.bucket", "videos");
        assertThat(Deployment.missing(Set.of(NodeRole.API), settings::get)).isEmpty();
    }

    @Test
    void serveRefusesAPartialRoleWithoutRedisBeforeStartingAnything() {
        CommandRun run = CommandRun.of("serve", "--roles=worker", "--data", "target/never-started");
        assertThat(run.exitCode()).isEqualTo(RoughcutCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--roles=worker", "REDIS_URL", "or run serve without --roles");
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        CommandRun run = CommandRun.of("serve", "--roles=boss");
        assertThat(run.exitCode()).isEqualTo(RoughcutCommand.EXIT_USAGE);
        assertThat(run.err()).contains("boss");
    }
}
