package io.roughcut.analysis.gemini.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Gemini that speaks the HTTP protocol of {@code gemini-protocol.md}, on 127.0.0.1 and a free
 * port: the resumable Files API upload, file states, generateContent with usage from the real media, API
 * key checks, and faults scripted per request kind. Tests start one per class or per test; {@link #main}
 * starts one by hand for demos. Thread-safe.
 */
public final class FakeGeminiServer implements AutoCloseable {

    /** The kinds of request a fault can be scripted for. */
    public enum Op { START_UPLOAD, UPLOAD_PIECE, GET_FILE, GENERATE, DELETE_FILE }

    private static final Pattern FILE = Pattern.compile("/(v1beta|v1)/files/([A-Za-z0-9_-]+)");
    private static final Pattern MODEL = Pattern.compile("/(v1beta|v1)/models/([^/:]+):generateContent");

    private final HttpServer server;
    private final String apiKey;
    private final Path dir;
    private final FakeFiles files;
    private final FakeGenerate generate;
    private final Map<Op, Queue<Fault>> faults = new ConcurrentHashMap<>();
    private final Set<String> models = ConcurrentHashMap.newKeySet();
    private final List<JsonNode> generateRequests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> generatePaths = Collections.synchronizedList(new ArrayList<>());

    private FakeGeminiServer(String apiKey, FfmpegRunner ffmpeg, int port) throws IOException {
        this.apiKey = apiKey;
        this.dir = Files.createTempDirectory("fake-gemini");
        this.files = new FakeFiles(dir);
        this.generate = new FakeGenerate(files, new FakeModel(ffmpeg));
        models.addAll(List.of("gemini-2.5-flash", "gemini-2.5-pro", "gemini-3-flash-preview"));
        for (Op op : Op.values()) {
            faults.put(op, new ConcurrentLinkedQueue<>());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeGeminiServer start(String apiKey) {
        try {
            return new FakeGeminiServer(apiKey, TestMedia.ffmpeg(), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The fake Gemini could not start", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests of this kind misbehave as given, one fault per request, in order. */
    public FakeGeminiServer script(Op op, Fault... next) {
        faults.get(op).addAll(List.of(next));
        return this;
    }

    /** How many polls a new upload stays PROCESSING (default 2). */
    public FakeGeminiServer processingPolls(int polls) {
        files.processingPolls = polls;
        return this;
    }

    /** The next {@code count} uploads end FAILED instead of ACTIVE. */
    public FakeGeminiServer failProcessing(int count) {
        files.failNextProcessing.set(count);
        return this;
    }

    /** The model "hears" these cuts in the file with this SHA-256 (hex), besides its silences. */
    public FakeGeminiServer plant(String sha256Hex, Planted... cuts) {
        generate.planted.put(sha256Hex, List.of(cuts));
        return this;
    }

    /** Every generateContent answer comes this long after its request, as a real model's do. */
    public FakeGeminiServer answerAfter(java.time.Duration latency) {
        generate.latency = latency;
        return this;
    }

    /** Answers times as {@code MM:SS.mmm} strings, as models sometimes do despite the prompt. */
    public FakeGeminiServer answerClockTimes(boolean on) {
        generate.clockTimes = on;
        return this;
    }

    public int uploads() {
        return files.uploads.get();
    }

    public int deletes() {
        return files.deletes.get();
    }

    /** Files uploaded and not deleted. */
    public int storedFiles() {
        return files.files.size();
    }

    public List<JsonNode> generateRequests() {
        return List.copyOf(generateRequests);
    }

    /** The request paths of generateContent calls, such as {@code /v1beta/models/gemini-2.5-flash:generateContent}. */
    public List<String> generatePaths() {
        return List.copyOf(generatePaths);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (RuntimeException e) {
            Replies.error(exchange, 500, "INTERNAL", "The fake failed: " + e);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        String method = exchange.getRequestMethod();
        String key = exchange.getRequestHeaders().getFirst("x-goog-api-key");
        if (key == null && query.startsWith("key=")) {
            key = query.substring(4);
        }
        if (!apiKey.equals(key)) {
            Replies.error(exchange, Fault.badKey());
            return;
        }
        Matcher file = FILE.matcher(path);
        Matcher model = MODEL.matcher(path);
        if (path.matches("/upload/(v1beta|v1)/files") && method.equals("POST")) {
            if (query.contains("upload_id=")) {
                if (apply(exchange, Op.UPLOAD_PIECE)) {
                    files.piece(exchange, query.replaceAll(".*upload_id=([^&]+).*", "$1"), baseUrl());
                }
            } else if (apply(exchange, Op.START_UPLOAD)) {
                files.start(exchange, path.split("/")[2]);
            }
        } else if (path.matches("/(v1beta|v1)/files") && method.equals("GET")) {
            files.list(exchange, baseUrl());
        } else if (file.matches() && method.equals("GET")) {
            if (apply(exchange, Op.GET_FILE)) {
                files.get(exchange, file.group(2), baseUrl());
            }
        } else if (file.matches() && method.equals("DELETE")) {
            if (apply(exchange, Op.DELETE_FILE)) {
                files.delete(exchange, file.group(2));
            }
        } else if (model.matches() && method.equals("POST")) {
            JsonNode request = JsonMapper.shared().readTree(exchange.getRequestBody().readAllBytes());
            generateRequests.add(request);
            generatePaths.add(path);
            if (!models.contains(model.group(2))) {
                Replies.error(exchange, 404, "NOT_FOUND", "models/" + model.group(2) + " is not found for API "
                        + "version " + model.group(1) + ", or is not supported for generateContent.");
                return;
            }
            Fault fault = faults.get(Op.GENERATE).poll();
            if (!Replies.before(exchange, fault)) {
                return;
            }
            if (fault != null && fault.isError()) {
                Replies.error(exchange, fault);
                return;
            }
            generate.handle(exchange, request, fault);
        } else {
            Replies.error(exchange, 404, "NOT_FOUND", method + " " + path + " is not part of the fake Gemini.");
        }
    }

    /** Plays the next scripted fault of this kind; false when it has answered the request itself. */
    private boolean apply(HttpExchange exchange, Op op) throws IOException {
        Fault fault = faults.get(op).poll();
        if (!Replies.before(exchange, fault)) {
            return false;
        }
        if (fault != null && fault.isError()) {
            exchange.getRequestBody().readAllBytes();
            Replies.error(exchange, fault);
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
        try (var paths = Files.walk(dir)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp directory left behind is harmless.
        }
    }

    /** Starts a fake for demos: {@code FakeGeminiServer [port] [apiKey]}; point GOOGLE_GEMINI_BASE_URL at it. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        String key = args.length > 1 ? args[1] : "fake-key";
        FakeGeminiServer fake = new FakeGeminiServer(key, TestMedia.ffmpeg(), port);
        System.out.println("Fake Gemini on " + fake.baseUrl() + " with GEMINI_API_KEY=" + key + " (Ctrl-C stops it)");
        Thread.currentThread().join();
    }
}
