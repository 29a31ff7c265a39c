package io.roughcut.system;

import io.roughcut.RoughcutApplication;
import io.roughcut.pipeline.AnalyzerOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.roughcut.pipeline.NodeRole;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code roughcut serve}: the web app and its workers in one process, on the embedded defaults (H2 and
 * blobs under {@code --data}, an in-process queue, the local analyser). Runs until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web app: upload videos, follow their analysis, review, share and export the cuts.",
        footer = {"", "Any further --name=value is a Spring property, for example",
                "  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/roughcut",
                "DATABASE_URL (postgres://user:password@host:port/db) is read as well."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "Where the database, the uploaded videos and the work files are kept (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--analyzer", paramLabel = "NAME", defaultValue = "local",
            description = "The analyser for uploads that name none: local, gemini or hybrid; the last two need "
                    + "GEMINI_API_KEY, and with it people choose per upload (default: ${DEFAULT-VALUE}).")
    AnalyzerOption analyzer;

    @Option(names = "--roles", paramLabel = "ROLES", split = ",", defaultValue = "api,worker",
            description = "What this process does: api (the web app and API; runs no task), worker (runs tasks; serves "
                    + "only health and metrics on --management-port), or both (default: ${DEFAULT-VALUE}). Apart, "
                    + "they need REDIS_URL, DATABASE_URL and a bucket (DO_SPACES_*) shared by every node.")
    Set<NodeRole> roles;

    @Option(names = "--management-port", paramLabel = "PORT", defaultValue = "8081",
            description = "Where a worker serves /actuator/health and /actuator/prometheus (default: ${DEFAULT-VALUE}).")
    int managementPort;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A setting as the service will see it: a --name=value argument, else the environment variable it reads. */
    private static String setting(List<String> args, String name) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return switch (name) {
            case "roughcut.redis.url" -> System.getenv("REDIS_URL");
            case "roughcut.storage.s3.bucket" -> System.getenv("DO_SPACES_BUCKET");
            default -> null;
        };
    }

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(springArgs);
        args.add("--roughcut.pipeline.analyzer=" + analyzer.id());
        DatabaseUrl.fromEnvironment(System.getenv()).ifPresent(db -> args.addAll(db.springArgs()));
        List<String> missing = Deployment.missing(roles, name -> setting(args, name));
        if (!missing.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Deployment.refusal(roles, missing));
        }
        args.add("--roughcut.roles=" + String.join(",", roles.stream().map(Enum::name).toList()));
        boolean workerOnly = !roles.contains(NodeRole.API);
        if (workerOnly) {
            // No public HTTP at all: the main server is off, and health and metrics have a port of their own.
            args.add("--management.server.port=" + managementPort);
        }
        ConfigurableApplicationContext context = RoughcutApplication.run(workerOnly ? -1 : port, data,
                args.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        if (workerOnly) {
            out.printf("Roughcut worker is running: health at http://localhost:%s/actuator/health. Stop it with Ctrl-C.%n",
                    context.getEnvironment().getProperty("local.management.port", Integer.toString(managementPort)));
        } else {
            out.printf("Roughcut is running: open http://localhost:%d (API docs at /api/docs). Stop it with Ctrl-C.%n",
                    RoughcutApplication.port(context));
        }
        out.flush();
        // The web server's threads keep the process alive; waiting here keeps main from exiting with a code.
        closed.await();
        return 0;
    }
}
