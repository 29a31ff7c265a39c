package io.roughcut.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Redis server of the test's own, a real {@code redis-server} (the one {@code .ci/run} installs) on a free
 * port that keeps nothing on disk, so a test can flush it, or stop it, without touching anyone else's data.
 * A missing binary is a failure, never a skip.
 */
public final class RedisServer implements AutoCloseable {

    private static final String BINARY = System.getenv().getOrDefault("ROUGHCUT_TEST_REDIS_SERVER", "redis-server");

    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static RedisServer start() {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = Files.createDirectories(Path.of("target", "process-logs")).resolve("redis-" + port + ".log");
            Process process = new ProcessBuilder(List.of(BINARY, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", System.getProperty("java.io.tmpdir")))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RedisServer server = new RedisServer(process, port);
            server.awaitUp();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + BINARY + " (is Redis installed? .ci/run installs it): "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** The {@code REDIS_URL} of this server. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** {@code FLUSHALL}: Redis loses everything, as a restart of one that keeps nothing on disk would. */
    public void flushAll() {
        command("FLUSHALL");
    }

    private void command(String command) {
        try {
            Process cli = new ProcessBuilder("redis-cli", "-p", Integer.toString(port), command).redirectErrorStream(true).start();
            String out = new String(cli.getInputStream().readAllBytes()).trim();
            if (cli.waitFor() != 0 || !out.equals("OK")) {
                throw new IllegalStateException("redis-cli " + command + " answered " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp() {
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException(BINARY + " exited with " + process.exitValue());
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException(BINARY + " did not listen on " + port);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
