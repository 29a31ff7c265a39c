package io.roughcut.system;

import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roughcut bench-service}: one job through the service on the local blob store and one through the
 * service on an S3-compatible bucket, with the same media, measured in one run, and the S3 mode's overhead
 * as a ratio; and each against a plain copy plus bare silencedetect of the file, the floor of what reading
 * and listening to it costs (issue 10's service goal: at most 4 times that, from the end of the upload to
 * the result). A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench-service", mixinStandardHelpOptions = true,
        description = {"Benchmark the service: the same job on the local blob store and on an S3 bucket.",
                "The bucket comes from DO_SPACES_ENDPOINT, DO_SPACES_BUCKET, DO_SPACES_KEY and DO_SPACES_SECRET",
                "(or the --s3-* options); it must exist."})
final class BenchServiceCommand implements Callable<Integer> {

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "256M", converter = ByteSizeConverter.class,
            description = "Size of the generated file (default: ${DEFAULT-VALUE}).")
    long size;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "roughcut-bench",
            description = "Where the generated file and the services' data go (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2",
            description = "Jobs on each store, alternating; the fastest of each counts (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--s3-endpoint", paramLabel = "URL", defaultValue = "${env:DO_SPACES_ENDPOINT}")
    String endpoint;

    @Option(names = "--s3-bucket", paramLabel = "NAME", defaultValue = "${env:DO_SPACES_BUCKET}")
    String bucket;

    @Option(names = "--s3-key", paramLabel = "KEY", defaultValue = "${env:DO_SPACES_KEY}")
    String key;

    @Option(names = "--s3-secret", paramLabel = "SECRET", defaultValue = "${env:DO_SPACES_SECRET}")
    String secret;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (bucket == null || bucket.isBlank() || key == null || secret == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name the bucket to compare with: "
                    + "set DO_SPACES_ENDPOINT, DO_SPACES_BUCKET, DO_SPACES_KEY and DO_SPACES_SECRET, or pass --s3-*.");
        }
        Files.createDirectories(dir);
        FfmpegRunner ffmpeg = new FfmpegRunner(FfmpegTools.fromEnvironment());
        Path video = BenchVideo.write(ffmpeg, dir, size);
        out.printf(Locale.ROOT, "File: %s, %.2f GB; %d cores; bucket %s at %s%n", video, Files.size(video) / 1e9,
                Runtime.getRuntime().availableProcessors(), bucket, endpoint);
        out.flush();
        ServiceBench.JobTimes local = null;
        ServiceBench.JobTimes s3 = null;
        for (int i = 0; i < runs; i++) {
            // The service reads DO_SPACES_* itself, so the local run must name no bucket in so many words.
            local = fastest(local, run(out, video, false, List.of("roughcut.storage.s3.bucket=")));
            s3 = fastest(s3, run(out, video, true, List.of("roughcut.storage.s3.bucket=" + bucket,
                    "roughcut.storage.s3.endpoint=" + (endpoint == null ? "" : endpoint),
                    "roughcut.storage.s3.access-key=" + key, "roughcut.storage.s3.secret-key=" + secret)));
        }
        double floor = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs; i++) {
            Path copy = dir.resolve("copy.mp4");
            floor = Math.min(floor, BenchCommand.seconds(() -> Files.copy(video, copy, StandardCopyOption.REPLACE_EXISTING))
                    + BenchCommand.seconds(() -> ffmpeg.ffmpeg(List.of("-i", video.toString(), "-vn", "-af",
                    "silencedetect=n=-40dB:d=1", "-f", "null", "-"), Duration.ofHours(1))));
            Files.deleteIfExists(copy);
        }
        out.println();
        out.printf(Locale.ROOT, "%-44s %9s %9s %8s%n", "one job, embedded service (H2)", "s3 (s)", "local (s)", "ratio");
        row(out, "tus upload (64 MiB requests)", s3.uploadSeconds(), local.uploadSeconds());
        row(out, "end of upload to result", s3.processSeconds(), local.processSeconds());
        row(out, "whole job", s3.total(), local.total());
        out.println();
        out.printf(Locale.ROOT, "%-44s %9s %9s %8s %s%n", "end of upload to result", "ours (s)", "base (s)", "ratio",
                "target");
        goal(out, "local store / (copy + bare silencedetect)", local.processSeconds(), floor);
        goal(out, "bucket / (copy + bare silencedetect)", s3.processSeconds(), floor);
        out.printf(Locale.ROOT, "%nfastest of %d job(s) on each store, alternating%n", runs);
        out.flush();
        return 0;
    }

    private ServiceBench.JobTimes run(PrintWriter out, Path video, boolean bucket, List<String> storage)
            throws IOException, InterruptedException {
        List<String> properties = new ArrayList<>(storage);
        properties.add("roughcut.rate.uploads-per-hour=1000");
        // The bench is the server's only client, and asks for the status four times a second.
        properties.add("roughcut.rate.requests-per-minute=100000");
        try (ServiceBench service = new ServiceBench(dir.resolve("service-" + System.nanoTime()), properties)) {
            if (service.storesOnThisHost() == bucket) {
                throw new IllegalStateException("the " + (bucket ? "bucket" : "local") + " run got " + service.store());
            }
            ServiceBench.JobTimes times = service.job(video);
            out.printf(Locale.ROOT, "  %s: upload %.2f s, end of upload to result %.2f s%n", service.store(),
                    times.uploadSeconds(), times.processSeconds());
            out.flush();
            return times;
        }
    }

    private static ServiceBench.JobTimes fastest(ServiceBench.JobTimes best, ServiceBench.JobTimes next) {
        return best == null || next.total() < best.total() ? next : best;
    }

    private static void goal(PrintWriter out, String name, double ours, double base) {
        out.printf(Locale.ROOT, "%-44s %9.2f %9.2f %8.2f <= 4%n", name, ours, base, ours / base);
    }

    private static void row(PrintWriter out, String name, double s3, double local) {
        out.printf(Locale.ROOT, "%-44s %9.2f %9.2f %8.2f%n", name, s3, local, s3 / local);
    }
}
