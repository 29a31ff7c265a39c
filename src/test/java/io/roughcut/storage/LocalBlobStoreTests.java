package io.roughcut.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTests {

    @TempDir
    Path dir;

    @Test
    void storesReadsRangesAndDeletesByPrefix() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir.resolve("blobs"));
        byte[] bytes = "0123456789".getBytes(StandardCharsets.US_ASCII);
        store.put("uploads/a/original", new ByteArrayInputStream(bytes), bytes.length);
        Path file = Files.writeString(dir.resolve("n.mp4"), "normalised");
        store.putFile("jobs/a/normalized.mp4", file);
        assertThat(file).doesNotExist();
        assertThat(store.size("uploads/a/original")).hasValue(10);
        try (InputStream in = store.get("uploads/a/original", 3, 4)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("3456");
        }
        store.deletePrefix("uploads/a/");
        assertThat(store.size("uploads/a/original")).isEmpty();
        assertThat(store.size("jobs/a/normalized.mp4")).hasValue(10);
        store.check();
    }

    @Test
    void aShortStreamIsNotStoredAsIfComplete() {
        LocalBlobStore store = new LocalBlobStore(dir.resolve("blobs"));
        assertThatThrownBy(() -> store.put("k", new ByteArrayInputStream(new byte[3]), 5))
                .isInstanceOf(BlobStoreException.class);
        assertThat(store.size("k")).isEmpty();
    }

    @Test
    void keysThatWouldLeaveTheStoreAreRefused() {
        LocalBlobStore store = new LocalBlobStore(dir.resolve("blobs"));
        assertThatThrownBy(() -> store.size("../outside")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size("uploads/my talk.mp4")).isInstanceOf(IllegalArgumentException.class);
    }
}
