package io.roughcut.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, made with the machine's {@code initdb} on a free port, so a test can
 * stop and start it under a running cluster without disturbing anyone else's database. As root, the server
 * runs as the {@code postgres} user, since PostgreSQL refuses to run as root. A missing installation is a
 * failure, never a skip ({@code .ci/run} installs PostgreSQL).
 */
public final class PostgresServer implements AutoCloseable {

    private final Path data;
    private final Path bin;
    private final int port;
    private final Path log;

    private PostgresServer(Path data, Path bin, int port, Path log) {
        this.data = data;
        this.bin = bin;
        this.port = port;
        this.log = log;
    }

    /** Starts a new, empty server; its files are kept apart from {@code dir}, which the postgres user may not reach. */
    public static PostgresServer start(Path dir) throws Exception {
        Path bin = binaries();
        // A directory of its own under the system's temporary one, handed to the postgres user whole.
        Path home = Files.createTempDirectory("roughcut-pg-");
        Path data = Files.createDirectories(home.resolve("data"));
        owned(home);
        owned(data);
        dir = home;
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("postgres.log");
        PostgresServer server = new PostgresServer(data, bin, port, log);
        server.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "--auth=trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8"));
        server.startServer();
        return server;
    }

    public int port() {
        return port;
    }

    /** The brief's {@code DATABASE_URL} for the server's {@code postgres} database. */
    public String databaseUrl() {
        return "postgres://postgres@127.0.0.1:" + port + "/postgres";
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Stops the server at once (clients are cut off), as a crash or a restart would. */
    public void stop() throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    public void startServer() throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    private void run(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("No PostgreSQL under /usr/lib/postgresql; .ci/run installs it.");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Path::compareTo).orElseThrow(() -> new IllegalStateException("No initdb under " + root));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void owned(Path dir) throws Exception {
        if (isRoot()) {
            Process p = new ProcessBuilder("chown", "postgres:postgres", dir.toString()).redirectErrorStream(true).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("chown postgres " + dir + ": " + new String(p.getInputStream().readAllBytes()));
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
        io.roughcut.storage.FileTrees.delete(data.getParent());
    }
}
