package io.roughcut.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The one way Roughcut runs FFmpeg and ffprobe. Arguments are a list handed to the process, never a shell
 * string, so file names cannot become commands. Every run has a timeout, keeps the tail of stderr for
 * error messages, and kills the child when the calling thread is interrupted or its {@link ProcessGroup}
 * is stopped. Thread-safe: each call starts its own process.
 */
public final class FfmpegRunner {

    /** Reads a run's standard output as it is produced, for example raw PCM from {@code pipe:1}. */
    @FunctionalInterface
    public interface StdoutReader<T> {
        T read(InputStream stdout) throws IOException;
    }

    /** Writes a run's standard input, for example raw PCM for {@code -i pipe:0}; the input is closed after it. */
    @FunctionalInterface
    public interface StdinWriter {
        void write(OutputStream stdin) throws IOException;
    }

    private static final int STDERR_LINES_KEPT = 400;
    private static final StdinWriter NO_INPUT = stdin -> { };

    private final FfmpegTools tools;

    public FfmpegRunner(FfmpegTools tools) {
        this.tools = tools;
    }

    public FfmpegTools tools() {
        return tools;
    }

    /** Runs ffprobe and returns its output. */
    public FfmpegResult ffprobe(List<String> args, Duration timeout) {
        return run(tools.ffprobe(), withFlags(List.of("-v", "error"), args), timeout, FfmpegRunner::readText, line -> { });
    }

    /** Runs ffmpeg with its output captured as text. */
    public FfmpegResult ffmpeg(List<String> args, Duration timeout) {
        return run(tools.ffmpeg(), ffmpegFlags(args), timeout, FfmpegRunner::readText, line -> { });
    }

    /**
     * Runs ffmpeg and reports progress: {@code progress} receives the media time written so far, in
     * seconds, parsed from {@code -progress pipe:1}. The output file must therefore not be {@code pipe:1}.
     */
    public FfmpegResult ffmpeg(List<String> args, Duration timeout, DoubleConsumer progress) {
        List<String> withProgress = new ArrayList<>(List.of("-progress", "pipe:1", "-nostats"));
        withProgress.addAll(args);
        return run(tools.ffmpeg(), ffmpegFlags(withProgress), timeout, stdout -> {
            readProgress(stdout, progress);
            return "";
        }, line -> { });
    }

    /**
     * Runs ffmpeg and hands every stderr line to {@code stderrLines} as it arrives. Filters such as
     * blackdetect and freezedetect report there, and a long recording can log more than the kept tail.
     */
    public FfmpegResult ffmpegLogging(List<String> args, Duration timeout, Consumer<String> stderrLines) {
        return run(tools.ffmpeg(), ffmpegFlags(args), timeout, FfmpegRunner::readText, stderrLines);
    }

    /** Runs ffmpeg and hands its standard output to {@code reader} as a stream; returns what the reader made. */
    public <T> T ffmpegStream(List<String> args, Duration timeout, StdoutReader<T> reader) {
        return ffmpegStream(args, timeout, reader, line -> { });
    }

    /**
     * Like {@link #ffmpegStream(List, Duration, StdoutReader)}, and also hands every stderr line to
     * {@code stderrLines} as it arrives, so one process can stream audio on {@code pipe:1} while video
     * filters such as blackdetect report on stderr.
     */
    public <T> T ffmpegStream(List<String> args, Duration timeout, StdoutReader<T> reader,
                              Consumer<String> stderrLines) {
        List<T> holder = new ArrayList<>(1);
        run(tools.ffmpeg(), ffmpegFlags(args), timeout, stdout -> {
            holder.add(reader.read(stdout));
            // Drain whatever the reader left, so FFmpeg never blocks on a full pipe.
            stdout.transferTo(OutputStreamSink.INSTANCE);
            return "";
        }, stderrLines);
        return holder.getFirst();
    }

    /**
     * Runs ffmpeg with {@code input} writing its standard input ({@code -i pipe:0}) while it runs, and reports
     * progress as {@link #ffmpeg(List, Duration, DoubleConsumer)} does.
     */
    public FfmpegResult ffmpegFromStdin(List<String> args, Duration timeout, StdinWriter input, DoubleConsumer progress) {
        List<String> withProgress = new ArrayList<>(List.of("-progress", "pipe:1", "-nostats"));
        withProgress.addAll(args);
        return run(tools.ffmpeg(), ffmpegFlags(withProgress), timeout, stdout -> {
            readProgress(stdout, progress);
            return "";
        }, line -> { }, input);
    }

    private static List<String> ffmpegFlags(List<String> args) {
        return withFlags(List.of("-hide_banner", "-nostdin", "-y"), args);
    }

    private static List<String> withFlags(List<String> flags, List<String> args) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(args);
        return all;
    }

    private FfmpegResult run(java.nio.file.Path executable, List<String> args, Duration timeout,
                             StdoutReader<String> stdoutReader, Consumer<String> stderrLines) {
        return run(executable, args, timeout, stdoutReader, stderrLines, NO_INPUT);
    }

    private FfmpegResult run(java.nio.file.Path executable, List<String> args, Duration timeout,
                             StdoutReader<String> stdoutReader, Consumer<String> stderrLines, StdinWriter input) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(executable.toString());
        command.addAll(args);
        String name = executable.getFileName().toString();
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(tools.environment());
            process = builder.start();
        } catch (IOException e) {
            throw new FfmpegException("Could not start " + executable + ": " + e.getMessage(), e);
        }
        ProcessGroup group = ProcessGroup.current();
        if (group != null) {
            group.started(process);
        }
        try {
            return await(process, name, timeout, stdoutReader, stderrLines, input, group);
        } finally {
            if (group != null) {
                group.ended(process);
            }
        }
    }

    private FfmpegResult await(Process process, String name, Duration timeout, StdoutReader<String> stdoutReader,
                               Consumer<String> stderrLines, StdinWriter input, ProcessGroup group) {
        StderrTail stderr = new StderrTail(STDERR_LINES_KEPT);
        CompletableFuture<Void> stderrDone = CompletableFuture.runAsync(
                () -> stderr.consume(process.getErrorStream(), stderrLines), Thread::startVirtualThread);
        CompletableFuture<Void> stdinDone = CompletableFuture.runAsync(() -> {
            try (OutputStream stdin = process.getOutputStream()) {
                input.write(stdin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread);
        CompletableFuture<String> stdoutDone = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return stdoutReader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread);
        try {
            // What feeds the input may fail first (a broken source, say); then FFmpeg would wait for ever.
            stdinDone.whenComplete((done, failure) -> {
                if (failure != null) {
                    kill(process);
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new FfmpegException(name + " did not finish within " + timeout.toSeconds() + " s and was stopped. "
                        + stderr.lastLine());
            }
            if (group != null && group.isStopped()) {
                throw new FfmpegException(name + " was stopped because the work was cancelled.");
            }
            String stdout = stdoutDone.get();
            stderrDone.get();
            Throwable inputFailure = stdinDone.handle((done, failure) -> failure).get();
            if (inputFailure instanceof CompletionException wrapped) {
                inputFailure = wrapped.getCause();
            }
            if (inputFailure instanceof RuntimeException feeder && !(feeder instanceof UncheckedIOException)) {
                // The feeder's own failure (a source that cannot be decoded, say) says more than FFmpeg's exit.
                throw feeder;
            }
            if (process.exitValue() != 0) {
                throw FfmpegException.failed(name, process.exitValue(), stderr.lastLine());
            }
            if (inputFailure != null) {
                throw new FfmpegException("Writing the input of " + name + " failed: " + inputFailure.getMessage(),
                        inputFailure);
            }
            return new FfmpegResult(stdout, stderr.text());
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new FfmpegException(name + " was stopped because the work was cancelled.", e);
        } catch (ExecutionException e) {
            kill(process);
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime && !(cause instanceof UncheckedIOException)) {
                throw runtime;
            }
            throw new FfmpegException("Reading the output of " + name + " failed: " + cause.getMessage(), cause);
        }
    }

    private static void kill(Process process) {
        ProcessGroup.kill(process);
    }

    private static String readText(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void readProgress(InputStream in, DoubleConsumer progress) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            // out_time_us is what FFmpeg has written so far; "N/A" until the first packet.
            if (line.startsWith("out_time_us=")) {
                String value = line.substring("out_time_us=".length()).trim();
                if (!value.equals("N/A")) {
                    try {
                        progress.accept(Math.max(0, Long.parseLong(value)) / 1_000_000.0);
                    } catch (NumberFormatException ignored) {
                        // A malformed progress line is not worth failing the run for.
                    }
                }
            }
        }
    }
}
