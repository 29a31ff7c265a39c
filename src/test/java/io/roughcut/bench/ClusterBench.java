package io.roughcut.bench;

import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import io.roughcut.analysis.gemini.fake.TalkVideo;
import io.roughcut.storage.S3Server;
import io.roughcut.testing.ApiClient;
import io.roughcut.testing.PostgresServer;
import io.roughcut.testing.RedisServer;
import io.roughcut.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The scale-out benchmark: N Gemini jobs through one API node with one worker node, then with two, against
 * the fake Gemini answering each chunk after a fixed delay (a real model's latency, not this machine's two
 * cores, is what bounds a real deployment), and one job alone in the distributed mode against the same job
 * in the embedded mode. Prints jobs per minute and the ratios from one run. A benchmark, not a test.
 *
 * <p>Run it in a JVM of its own, whose class path the nodes it starts inherit:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) io.roughcut.bench.ClusterBench --jobs 6 --latency 3s
 * </pre>
 */
public final class ClusterBench {

    private static final String BUCKET = "bench";
    private static final String KEY = "bench-key";

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = Integer.parseInt(option(args, "--jobs", "6"));
        Duration latency = Duration.parse("PT" + option(args, "--latency", "3s").toUpperCase(Locale.ROOT));
        Path dir = Files.createTempDirectory("roughcut-cluster-bench");
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 60, new double[] {12, 14}, new double[] {40, 43});
        System.out.printf(Locale.ROOT, "%d jobs of a 60 s talk in chunks of 10 s; the fake Gemini answers each after %s; "
                + "%d cores%n", jobs, latency, Runtime.getRuntime().availableProcessors());
        try (FakeGeminiServer gemini = FakeGeminiServer.start(KEY).answerAfter(latency);
             PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"));
             RedisServer redis = RedisServer.start();
             S3Server s3 = S3Server.start(dir.resolve("bucket"), BUCKET)) {
            Map<String, String> env = Map.of("DATABASE_URL", postgres.databaseUrl(), "REDIS_URL", redis.url(),
                    "DO_SPACES_ENDPOINT", s3.endpoint().toString(), "DO_SPACES_BUCKET", BUCKET,
                    "DO_SPACES_KEY", S3Server.ACCESS_KEY, "DO_SPACES_SECRET", S3Server.SECRET_KEY, "GEMINI_API_KEY", KEY);
            List<String> options = options(gemini);

            double embedded;
            try (ServerProcess alone = ServerProcess.serve(dir, "embedded", false, options,
                    Map.of("GEMINI_API_KEY", KEY))) {
                embedded = oneJob(alone, video);
            }
            List<ServerProcess> nodes = new ArrayList<>();
            try {
                ServerProcess api = ServerProcess.serve(dir, "api", false, with(options, "--roles=api"), env);
                nodes.add(api);
                nodes.add(ServerProcess.serve(dir, "w1", true, with(options, "--roles=worker"), env));
                double distributed = oneJob(api, video);
                double one = jobsPerMinute(api, video, jobs);
                nodes.add(ServerProcess.serve(dir, "w2", true, with(options, "--roles=worker"), env));
                double two = jobsPerMinute(api, video, jobs);
                System.out.println();
                System.out.printf(Locale.ROOT, "%-48s %10s %10s %8s%n", "measure", "value", "baseline", "ratio");
                System.out.printf(Locale.ROOT, "%-48s %10.2f %10.2f %8.2f%n", "jobs per minute: two workers / one",
                        two, one, two / one);
                System.out.printf(Locale.ROOT, "%-48s %10.2f %10.2f %8.2f%n", "one job, s: distributed / embedded",
                        distributed, embedded, distributed / embedded);
            } finally {
                for (ServerProcess node : nodes) {
                    node.close();
                }
            }
        }
    }

    private static List<String> options(FakeGeminiServer gemini) {
        return List.of("--analyzer=gemini", "--roughcut.gemini.base-url=" + gemini.baseUrl(),
                "--roughcut.gemini.poll-interval=50ms", "--roughcut.gemini.max-chunk-seconds=10",
                // Room for every job at once: the workers, not a limit, decide the pace.
                "--roughcut.pipeline.concurrent-jobs=50", "--roughcut.pipeline.chunks-per-job=6",
                "--roughcut.pipeline.analyze-workers=3", "--roughcut.rate.uploads-per-hour=10000",
                "--roughcut.rate.requests-per-minute=100000");
    }

    private static List<String> with(List<String> options, String more) {
        List<String> all = new ArrayList<>(options);
        all.add(more);
        return all;
    }

    private static double oneJob(ServerProcess api, Path video) throws Exception {
        ApiClient client = api.api();
        String session = client.newSession();
        long start = System.nanoTime();
        String job = client.upload(session, video);
        requireComplete(client.awaitFinished(session, job, Duration.ofMinutes(10)).path("status").asString());
        return (System.nanoTime() - start) / 1e9;
    }

    /** Uploads {@code jobs} videos at once and returns how many finish per minute. */
    private static double jobsPerMinute(ServerProcess api, Path video, int jobs) throws Exception {
        ApiClient client = api.api();
        String session = client.newSession();
        long start = System.nanoTime();
        List<CompletableFuture<String>> ids = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            ids.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return client.upload(session, video);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<String> id : ids) {
            requireComplete(client.awaitFinished(session, id.join(), Duration.ofMinutes(20)).path("status").asString());
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        return jobs / minutes;
    }

    private static void requireComplete(String status) {
        if (!status.equals("complete")) {
            throw new IllegalStateException("a benchmark job ended " + status);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
