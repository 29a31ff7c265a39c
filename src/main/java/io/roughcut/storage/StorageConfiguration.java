package io.roughcut.storage;

import io.roughcut.storage.s3.S3BlobStore;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the blob store: the bucket when one is configured, otherwise the local directory {@code <data>/blobs}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    BlobStore blobStore(StorageSettings settings, @Value("${roughcut.data-dir}") Path dataDir) {
        BlobStore store = settings.bucket().<BlobStore>map(S3BlobStore::new)
                .orElseGet(() -> new LocalBlobStore(dataDir.resolve("blobs")));
        log.info("blobs are stored in the {}", store.describe());
        return store;
    }
}
