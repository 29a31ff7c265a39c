package io.roughcut.upload;

import io.roughcut.pipeline.AnalyzerCatalog;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.Jobs;
import io.roughcut.session.Session;
import io.roughcut.upload.UploadRejectedException.Reason;
import io.roughcut.web.CurrentSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The brief's {@code POST /api/videos/upload} (multipart field {@code file}, optional field {@code analyzer}),
 * for curl and scripts. The
 * servlet container streams the part to a temporary file; it is moved, never read into memory.
 */
@RestController
class MultipartUploadController {

    private final Jobs jobs;
    private final AnalyzerCatalog analyzers;
    private final UploadSettings settings;
    private final Path staging;

    MultipartUploadController(Jobs jobs, AnalyzerCatalog analyzers, UploadSettings settings, @Value("${roughcut.data-dir}") Path dataDir) {
        this.jobs = jobs;
        this.analyzers = analyzers;
        this.settings = settings;
        this.staging = dataDir.toAbsolutePath().normalize().resolve("uploads");
    }

    @PostMapping(path = "/api/videos/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> upload(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session,
                               @RequestPart("file") MultipartFile file,
                               @RequestParam(value = "analyzer", required = false) String analyzer) throws IOException {
        String name = FileNames.sanitize(file.getOriginalFilename());
        FileNames.requireVideoExtension(name);
        if (file.getSize() > settings.maxBytes()) {
            throw new UploadRejectedException(Reason.TOO_LARGE, "The file is over the " + settings.maxBytes()
                    + "-byte limit. Trim or compress the video and upload it again.");
        }
        AnalyzerOption chosen = analyzers.choose(analyzer, "Form field \"analyzer\"");
        if (file.isEmpty()) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "The file is empty.");
        }
        Files.createDirectories(staging);
        Path target = Files.createTempFile(staging, "multipart-", ".part");
        try {
            file.transferTo(target);
            Job job = jobs.start(session.id(), name, target, chosen);
            return Map.of("success", true, "jobId", job.id(), "sessionId", session.id(),
                    "message", "Video uploaded and processing started");
        } finally {
            Files.deleteIfExists(target);
        }
    }
}
