package io.roughcut;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The web app and its in-process workers, in one process. Started by {@code roughcut serve}; the pipeline's
 * workers start with the context and stop with it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RoughcutApplication {

    /**
     * Starts the server on {@code port} (0 picks a free one) with its database, blobs and work files under
     * {@code dataDir}. Extra Spring properties, such as a PostgreSQL {@code spring.datasource.url}, may be
     * given as {@code --name=value} arguments.
     */
    public static ConfigurableApplicationContext run(int port, Path dataDir, String... args) {
        // As arguments, so they win over application.properties; later arguments may still override them.
        List<String> all = new ArrayList<>();
        all.add("--server.port=" + port);
        all.add("--roughcut.data-dir=" + dataDir.toAbsolutePath().normalize());
        all.addAll(List.of(args));
        return new SpringApplication(RoughcutApplication.class).run(all.toArray(String[]::new));
    }

    /** The port the server listens on, after {@link #run} picked it. */
    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }
}
