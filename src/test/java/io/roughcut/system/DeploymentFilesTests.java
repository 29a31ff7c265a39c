package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment files, checked as far as this machine can without a Docker engine: every variable that
 * docker-compose.yml gives a Roughcut container is one that Roughcut reads, and .env.example lists them; the
 * image's and the services' commands are ones the jar's command line understands; and Debian's nginx
 * accepts deploy/nginx.conf.
 */
class DeploymentFilesTests {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern READ_IN_CODE = Pattern.compile("(?:getenv|env\\.get|env\\.getOrDefault)\\(\"([A-Z][A-Z0-9_]*)\"");

    /** Every environment variable the jar reads: its placeholders, its code's reads, and Spring's names for its properties. */
    private static Set<String> variablesRoughcutReads() throws IOException {
        Set<String> names = new TreeSet<>();
        Path resources = ROOT.resolve("src/main/resources");
        for (String file : List.of("application.properties", "logback.xml", "logback-service.xml")) {
            String text = Files.readString(resources.resolve(file));
            PLACEHOLDER.matcher(text).results().forEach(m -> names.add(m.group(1)));
        }
        try (Stream<Path> sources = Files.walk(ROOT.resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                READ_IN_CODE.matcher(Files.readString(source)).results().forEach(m -> names.add(m.group(1)));
            }
        }
        for (String line : Files.readAllLines(resources.resolve("application.properties"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                // Spring's relaxed binding: roughcut.storage.s3.public-endpoint is ROUGHCUT_STORAGE_S3_PUBLICENDPOINT.
                names.add(line.substring(0, line.indexOf('=')).trim().replace(".", "_").replace("-", "").toUpperCase());
            }
        }
        return names;
    }

    /** The environment of each Roughcut service in docker-compose.yml, anchors merged. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> roughcutServices() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Map<String, Object>> ours = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if ("roughcut:latest".equals(service.get("image"))) {
                ours.put(name, service);
            }
        });
        return ours;
    }

    private static List<String> dockerfileList(String instruction) throws IOException {
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            if (line.startsWith(instruction + " [")) {
                return JsonMapper.builder().build().readValue(line.substring(instruction.length() + 1),
                        new tools.jackson.core.type.TypeReference<List<String>>() { });
            }
        }
        throw new AssertionError("the Dockerfile has no " + instruction);
    }

    @Test
    void everyVariableComposeGivesRoughcutIsOneItReadsAndEnvExampleListsThem() throws IOException {
        Set<String> read = variablesRoughcutReads();
        Matcher env = Pattern.compile("(?m)^ENV\\s+(.*)$").matcher(Files.readString(ROOT.resolve("Dockerfile")));
        Set<String> image = new TreeSet<>();
        while (env.find()) {
            Pattern.compile("([A-Z][A-Z0-9_]*)=").matcher(env.group(1)).results().forEach(m -> image.add(m.group(1)));
        }
        Map<String, Map<String, Object>> services = roughcutServices();
        assertThat(services).containsOnlyKeys("api", "worker");
        Set<String> given = new TreeSet<>();
        for (Map<String, Object> service : services.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            given.addAll(environment.keySet());
        }
        assertThat(given).contains("DATABASE_URL", "REDIS_URL", "DO_SPACES_KEY", "DO_SPACES_SECRET", "DO_SPACES_ENDPOINT",
                "DO_SPACES_BUCKET", "GEMINI_API_KEY", "MAX_FILE_SIZE", "MAX_CHUNK_SIZE", "PARALLEL_CHUNKS", "LOG_LEVEL");
        for (String name : given) {
            assertThat(read.contains(name) || image.contains(name))
                    .as(name + " is read by Roughcut (or by the image's health check)").isTrue();
        }
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(example).as(".env.example names only what Roughcut reads").allMatch(read::contains);
        Set<String> forRoughcut = new TreeSet<>(given);
        forRoughcut.removeAll(image);
        assertThat(example).as(".env.example lists every variable compose gives Roughcut").containsAll(forRoughcut);
    }

    @Test
    void theImagesAndTheServicesCommandsAreOnesTheJarUnderstands() throws IOException {
        assertThat(dockerfileList("ENTRYPOINT")).containsExactly("java", "-jar", "/opt/roughcut/roughcut.jar");
        List<List<String>> commands = new ArrayList<>();
        commands.add(dockerfileList("CMD"));
        for (Map<String, Object> service : roughcutServices().values()) {
            @SuppressWarnings("unchecked")
            List<String> command = (List<String>) service.get("command");
            commands.add(command);
        }
        for (List<String> command : commands) {
            CommandLine.ParseResult parsed = RoughcutCommand.commandLine().parseArgs(command.toArray(String[]::new));
            assertThat(parsed.subcommand()).as(String.join(" ", command)).isNotNull();
            assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("serve");
            assertThat(parsed.subcommand().unmatched()).as("options serve does not know").isEmpty();
        }
        assertThat(commands).anyMatch(c -> c.contains("--roles=api")).anyMatch(c -> c.contains("--roles=worker"));
    }

    @Test
    void nginxAcceptsTheConfiguration() throws Exception {
        Path nginx = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("Debian's nginx is not installed; .ci/run installs it"));
        Process check = new ProcessBuilder(nginx.toString(), "-t", "-c", ROOT.resolve("deploy/nginx.conf").toString())
                .redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(out).isZero();
        assertThat(out).contains("syntax is ok", "test is successful");
        String conf = Files.readString(ROOT.resolve("deploy/nginx.conf"));
        assertThat(conf).contains("client_max_body_size 5200m", "proxy_request_buffering off", "proxy_buffering off");
    }
}
