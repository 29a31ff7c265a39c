package io.roughcut.web;

import io.roughcut.storage.FileTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One application per test class, on a random port with its data in a fresh directory:
 * {@code @RegisterExtension static final RunningServer running = new RunningServer();}.
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    private final String[] properties;
    private Path dir;
    private TestServer server;

    public RunningServer(String... properties) {
        this.properties = properties;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("roughcut-test");
        server = TestServer.start(dir.resolve("data"), properties);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
        FileTrees.delete(dir);
    }

    public TestServer server() {
        return server;
    }

    /** A scratch directory beside the server's data, for generated media. */
    public Path dir() {
        return dir;
    }

    /** The server's data directory. */
    public Path data() {
        return dir.resolve("data");
    }
}
