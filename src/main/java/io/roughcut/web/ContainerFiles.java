package io.roughcut.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Keeps Tomcat's own files under the data directory. Boot would otherwise make a new {@code tomcat-docbase}
 * directory in {@code /tmp} on every start, and a process that is killed never removes it. (Its base directory
 * is {@code server.tomcat.basedir}, and multipart bodies spool to {@code spring.servlet.multipart.location}.)
 */
@Component
final class ContainerFiles implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Path docRoot;

    ContainerFiles(@Value("${roughcut.data-dir}") Path dataDir) {
        this.docRoot = dataDir.toAbsolutePath().normalize().resolve("tomcat").resolve("docroot");
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        try {
            Files.createDirectories(docRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + docRoot, e);
        }
        File root = docRoot.toFile();
        factory.setDocumentRoot(root);
    }
}
