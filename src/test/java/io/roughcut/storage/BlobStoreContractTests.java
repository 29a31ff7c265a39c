package io.roughcut.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link BlobStore} must do, run against the local directory and against an S3 bucket served
 * by a real S3 protocol server (S3Proxy), so a new store proves itself by passing the same tests.
 */
class BlobStoreContractTests {

    private static final long PART = 5L * 1024 * 1024;
    private static final String BUCKET = "contract";

    @TempDir
    static Path shared;
    static S3Server s3;

    @TempDir
    Path dir;

    /** A store and the name to show for it; the S3 one writes 5 MiB parts so a small object has several. */
    record Store(String name, Function<Path, BlobStore> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void startS3() {
        s3 = S3Server.start(shared.resolve("s3"), BUCKET);
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    static Stream<Store> stores() {
        return Stream.of(new Store("local", d -> new LocalBlobStore(d.resolve("blobs"))),
                new Store("s3", d -> new io.roughcut.storage.s3.S3BlobStore(s3.settings(BUCKET, PART))));
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] read(BlobStore store, String key, long offset, long length) throws Exception {
        try (InputStream in = store.get(key, offset, length)) {
            return in.readAllBytes();
        }
    }

    /** A file of {@code length} bytes of {@code bytes} from {@code offset}, to hand over as one part. */
    private Path piece(byte[] bytes, long offset, long length) throws Exception {
        return Files.write(Files.createTempFile(dir, "part", ""), Arrays.copyOfRange(bytes, (int) offset, (int) (offset + length)));
    }

    private static String key(String name) {
        return "t-" + System.nanoTime() + "/" + name;
    }

    @ParameterizedTest
    @MethodSource("stores")
    void storesReadsRangesAndReportsSizes(Store kind) throws Exception {
        BlobStore store = kind.make().apply(dir);
        String key = key("original");
        byte[] bytes = "0123456789".getBytes(StandardCharsets.US_ASCII);
        store.put(key, new ByteArrayInputStream(bytes), bytes.length);
        assertThat(store.size(key)).hasValue(10);
        assertThat(new String(read(store, key, 3, 4), StandardCharsets.US_ASCII)).isEqualTo("3456");
        assertThat(read(store, key, 0, 10)).isEqualTo(bytes);
        assertThat(read(store, key, 9, 1)).containsExactly('9');

        store.put(key, new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3);
        assertThat(store.size(key)).as("a put replaces").hasValue(3);
        store.check();
        assertThat(store.describe()).doesNotContain(S3Server.SECRET_KEY);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anObjectOfSeveralPartsIsStoredWhole(Store kind) throws Exception {
        BlobStore store = kind.make().apply(dir);
        byte[] bytes = random((int) (2 * PART + 12345), 7);
        Path file = Files.write(dir.resolve("big.mp4"), bytes);
        String fromFile = key("from-file.mp4");
        store.putFile(fromFile, file);
        assertThat(store.size(fromFile)).hasValue(bytes.length);
        assertThat(read(store, fromFile, 0, bytes.length)).isEqualTo(bytes);
        assertThat(read(store, fromFile, PART - 3, 6)).isEqualTo(Arrays.copyOfRange(bytes, (int) PART - 3, (int) PART + 3));

        String fromStream = key("from-stream.mp4");
        store.put(fromStream, new ByteArrayInputStream(bytes), bytes.length);
        assertThat(read(store, fromStream, 0, bytes.length)).isEqualTo(bytes);
        // A bucket fetches an object of several parts as ranges side by side, each written at its place.
        try (LocalCopy fetched = store.fetch(fromStream, dir.resolve("scratch"))) {
            assertThat(Files.readAllBytes(fetched.path())).isEqualTo(bytes);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aShortStreamIsNotStoredAsIfComplete(Store kind) {
        BlobStore store = kind.make().apply(dir);
        String small = key("small");
        assertThatThrownBy(() -> store.put(small, new ByteArrayInputStream(new byte[3]), 5))
                .isInstanceOf(BlobStoreException.class);
        assertThat(store.size(small)).isEmpty();
        String large = key("large");
        assertThatThrownBy(() -> store.put(large, new ByteArrayInputStream(new byte[(int) PART + 10]), 2 * PART + 10))
                .isInstanceOf(BlobStoreException.class);
        assertThat(store.size(large)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aMissingKeyIsEmptyOrAClearError(Store kind) {
        BlobStore store = kind.make().apply(dir);
        String missing = key("missing");
        assertThat(store.size(missing)).isEmpty();
        assertThat(store.localPath(missing)).isEmpty();
        assertThatThrownBy(() -> read(store, missing, 0, 1)).isInstanceOf(BlobStoreException.class);
        assertThatThrownBy(() -> store.fetch(missing, dir.resolve("scratch"))).isInstanceOf(BlobStoreException.class);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFetchedCopyIsDeletedOnCloseAndALocalOriginalIsLeftAlone(Store kind) throws Exception {
        BlobStore store = kind.make().apply(dir);
        String key = key("chunk.mp4");
        store.put(key, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        Path scratch = dir.resolve("scratch");
        Path seen;
        boolean copy;
        try (LocalCopy local = store.fetch(key, scratch)) {
            seen = local.path();
            copy = local.isCopy();
            assertThat(Files.readAllBytes(seen)).containsExactly(1, 2, 3);
            assertThat(copy).isEqualTo(store.localPath(key).isEmpty());
        }
        if (copy) {
            assertThat(seen).doesNotExist();
            assertThat(seen.startsWith(scratch)).isTrue();
        } else {
            assertThat(seen).exists();
        }
        assertThat(store.size(key)).hasValue(3);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void deletingAPrefixTakesMoreThanOneListingPage(Store kind) throws Exception {
        BlobStore store = kind.make().apply(dir);
        String prefix = "jobs/" + System.nanoTime() + "/";
        IntStream.range(0, 1003).parallel().forEach(i ->
                store.put(prefix + "chunks/" + i, new ByteArrayInputStream(new byte[] {(byte) i}), 1));
        String other = prefix.replace("jobs/", "keep/") + "x";
        store.put(other, new ByteArrayInputStream(new byte[1]), 1);
        String unfinished = store.startMultipart(prefix + "upload");

        store.deletePrefix(prefix);
        assertThat(store.size(prefix + "chunks/0")).isEmpty();
        assertThat(store.size(prefix + "chunks/1002")).isEmpty();
        assertThat(store.size(other)).hasValue(1);
        // The unfinished write under the prefix is gone too: completing it now fails.
        Path part = Files.write(dir.resolve("p"), new byte[1]);
        assertThatThrownBy(() -> store.completeMultipart(prefix + "upload", unfinished,
                List.of(store.putPart(prefix + "upload", unfinished, 1, part))))
                .isInstanceOf(BlobStoreException.class);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aMultipartWriteIsMadeOfTheListedPartsOnly(Store kind) throws Exception {
        BlobStore store = kind.make().apply(dir);
        String key = key("original");
        byte[] bytes = random((int) (2 * PART + 1000), 11);
        String id = store.startMultipart(key);
        List<BlobPart> parts = new ArrayList<>();
        parts.add(store.putPart(key, id, 1, piece(bytes, 0, PART)));
        // A part sent again after a break (with other bytes first, then the right ones) replaces the first try.
        store.putPart(key, id, 2, Files.write(dir.resolve("wrong"), random((int) PART, 3)));
        parts.add(store.putPart(key, id, 2, piece(bytes, PART, PART)));
        // Number 3 went to a request that lost its lock and wrote it late: it is not listed, so it is not used.
        store.putPart(key, id, 3, Files.write(dir.resolve("late"), random(1000, 4)));
        parts.add(store.putPart(key, id, 4, piece(bytes, 2 * PART, 1000)));
        assertThat(store.size(key)).as("nothing is visible before completion").isEmpty();
        store.completeMultipart(key, id, parts);
        assertThat(store.size(key)).hasValue(bytes.length);
        assertThat(read(store, key, 0, bytes.length)).isEqualTo(bytes);

        String dropped = key("dropped");
        String other = store.startMultipart(dropped);
        store.putPart(dropped, other, 1, piece(bytes, 0, 10));
        store.abortMultipart(dropped, other);
        store.abortMultipart(dropped, other);
        assertThat(store.size(dropped)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPresignedLinkServesRangesOverHttp(Store kind) throws Exception {
        BlobStore store = kind.make().apply(dir);
        String key = key("normalized.mp4");
        byte[] bytes = random(100_000, 5);
        store.put(key, new ByteArrayInputStream(bytes), bytes.length);
        var link = store.presignedGet(key, Duration.ofMinutes(5));
        if (store.localPath(key).isPresent()) {
            assertThat(link).as("a local store has the API node stream it").isEmpty();
            return;
        }
        URI url = link.orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> ranged = http.send(HttpRequest.newBuilder(url).header("Range", "bytes=1000-1999").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ranged.statusCode()).isEqualTo(206);
        assertThat(ranged.body()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 2000));
        assertThat(ranged.headers().firstValue("Content-Range")).contains("bytes 1000-1999/100000");

        String disposition = "attachment; filename=\"talk.mp4\"; filename*=UTF-8''%C3%9Cn%C3%AF.mp4";
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(
                store.presignedGet(key, Duration.ofMinutes(5), disposition).orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(bytes);
        assertThat(download.headers().firstValue("Content-Disposition")).as("saved under the user's name")
                .contains(disposition);

        URI tampered = URI.create(url.toString().replace(key, key + "x"));
        assertThat(http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("a link is for its own object only").isGreaterThanOrEqualTo(400);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void keysThatWouldLeaveTheStoreAreRefusedByTheLocalOne(Store kind) {
        BlobStore store = kind.make().apply(dir);
        if (!(store instanceof LocalBlobStore)) {
            return;
        }
        assertThatThrownBy(() -> store.size("../outside")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size("uploads/my talk.mp4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size(".multipart/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
