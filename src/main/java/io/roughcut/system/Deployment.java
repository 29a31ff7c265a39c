package io.roughcut.system;

import io.roughcut.pipeline.NodeRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a process with some roles needs to share with the others: a process that runs only the API, or only
 * tasks, is useless unless a queue (Redis), a database (PostgreSQL) and a bucket are shared with the rest.
 * Checked before the service starts, so the message says what is missing rather than failing later.
 */
final class Deployment {

    private Deployment() {
    }

    /**
     * The shared services a process with {@code roles} lacks, named as the person would set them; empty when
     * it has what it needs.
     *
     * @param setting looks a setting up by its Spring property name (environment variables included)
     */
    static List<String> missing(Set<NodeRole> roles, Function<String, String> setting) {
        List<String> missing = new ArrayList<>();
        if (roles.containsAll(Set.of(NodeRole.API, NodeRole.WORKER))) {
            return missing;
        }
        if (blank(setting.apply("roughcut.redis.url"))) {
            missing.add("REDIS_URL (the queue that API nodes put work on and workers take it from)");
        }
        String database = setting.apply("spring.datasource.url");
        if (blank(database) || database.startsWith("jdbc:h2:")) {
            missing.add("DATABASE_URL (a PostgreSQL that every node shares; the embedded H2 is one process's own)");
        }
        if (blank(setting.apply("roughcut.storage.s3.bucket"))) {
            missing.add("DO_SPACES_BUCKET with DO_SPACES_ENDPOINT, DO_SPACES_KEY and DO_SPACES_SECRET (a bucket that "
                    + "every node shares; the local blob directory is one host's own)");
        }
        return missing;
    }

    /** The one-line refusal for a process that lacks {@code missing}. */
    static String refusal(Set<NodeRole> roles, List<String> missing) {
        return "--roles=" + String.join(",", roles.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted()
                .toList()) + " runs part of a deployment whose other nodes share its work, but this one has no " + String.join(
                "; no ", missing) + ". Set them, or run serve without --roles to do everything in one process.";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
