package io.roughcut.storage;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the blob store: the local directory {@code <data>/blobs} in embedded mode. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    BlobStore blobStore(@Value("${roughcut.data-dir}") Path dataDir) {
        return new LocalBlobStore(dataDir.resolve("blobs"));
    }
}
