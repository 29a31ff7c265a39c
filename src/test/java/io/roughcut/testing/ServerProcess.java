package io.roughcut.testing;

import io.roughcut.web.ServeMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Roughcut server in a JVM of its own, as {@code roughcut serve} runs it, for tests that kill processes:
 * its own port and data directory, extra Spring properties, its output in a log file.
 */
public final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final int healthPort;
    private final Path log;

    private ServerProcess(Process process, int port, int healthPort, Path log) {
        this.process = process;
        this.port = port;
        this.healthPort = healthPort;
        this.log = log;
    }

    /** Starts a server that does everything and waits until its health answers. */
    public static ServerProcess start(Path dir, String name, List<String> properties) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of(ServeMain.class.getName(), Integer.toString(port),
                dir.resolve(name + "-data").toString()));
        properties.forEach(p -> args.add("--" + p));
        return launch(name, args, Map.of(), port, port);
    }

    /**
     * Starts {@code roughcut serve} itself with {@code options} (such as {@code --roles=worker}) and the
     * environment variables a deployment sets, and waits until its health answers.
     *
     * @param worker true for a worker node, which answers health on its management port only
     */
    public static ServerProcess serve(Path dir, String name, boolean worker, List<String> options,
                                      Map<String, String> environment) throws Exception {
        int port = freePort();
        int health = worker ? freePort() : port;
        List<String> args = new ArrayList<>(List.of("io.roughcut.system.RoughcutCommand", "serve", "--port",
                Integer.toString(port), "--data", dir.resolve(name + "-data").toString()));
        if (worker) {
            args.add("--management-port=" + health);
        }
        args.addAll(options);
        return launch(name, args, environment, port, health);
    }

    /** Every test client comes from 127.0.0.1: the limits per client address would count them all as one. */
    private static final List<String> ONE_ADDRESS = List.of("--roughcut.rate.address-requests-per-minute=1000000",
            "--roughcut.rate.address-uploads-per-hour=1000000", "--roughcut.rate.address-sessions-per-hour=1000000");

    private static ServerProcess launch(String name, List<String> args, Map<String, String> environment, int port,
                                        int healthPort) throws Exception {
        args = new ArrayList<>(args);
        args.addAll(ONE_ADDRESS);
        // Logs outlive the test's temporary directory, so a failure can be read afterwards.
        Path logs = Files.createDirectories(Path.of("target", "process-logs"));
        Path log = logs.resolve(name + "-" + System.currentTimeMillis() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        ServerProcess server = new ServerProcess(builder.start(), port, healthPort, log);
        server.awaitUp(Duration.ofSeconds(120));
        return server;
    }

    public int port() {
        return port;
    }

    /** Where health and metrics answer: the API's own port, or a worker's management port. */
    public int healthPort() {
        return healthPort;
    }

    /** The log file, for checks on what the server wrote. */
    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ApiClient api() {
        return new ApiClient(URI.create("http://127.0.0.1:" + port));
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or released. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Runs a check against this server; when it fails, the failure carries the server's log. */
    public <T> T checking(java.util.concurrent.Callable<T> check) throws Exception {
        try {
            return check.call();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n--- the server's log ---\n" + logTail(), e);
        }
    }

    /** The log's last lines without stack frames, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.startsWith("\tat ")).toList();
            return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitUp(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start within " + limit.toSeconds() + " s:\n" + logTail());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
