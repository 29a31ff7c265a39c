package io.roughcut.web;

import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.Jobs;
import io.roughcut.storage.BlobStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Serves a job's videos, its recording for the preview player and its rendered cut: a redirect to a presigned
 * link when the blob store is a bucket, otherwise the bytes with HTTP range requests, streamed from the local
 * store.
 */
@Component
final class MediaRanges {

    private final BlobStore blobs;
    private final Jobs jobs;
    private final Duration linkLifetime;

    MediaRanges(BlobStore blobs, Jobs jobs, @Value("${roughcut.storage.s3.link-lifetime:900}") long linkSeconds) {
        this.blobs = blobs;
        this.jobs = jobs;
        this.linkLifetime = Duration.ofSeconds(linkSeconds);
    }

    ResponseEntity<StreamingResponseBody> serve(Job job, HttpServletRequest request) {
        return serve(jobs.mediaKey(job), "The video of " + job.fileName() + " is no longer stored.", null, request);
    }

    /**
     * Serves the blob at {@code key} as a video, with ranges.
     *
     * @param missing    the message when the blob is gone
     * @param attachment the download's file name, or null for a video to play in the page (a player ignores
     *                   the disposition; a link saves the file under this name)
     */
    ResponseEntity<StreamingResponseBody> serve(String key, String missing, String attachment, HttpServletRequest request) {
        // A bucket serves the bytes itself (ranges included) from a short-lived link; the API node streams only
        // what it has on its own disk.
        var link = blobs.presignedGet(key, linkLifetime, attachment == null ? null : Downloads.attachment(attachment));
        if (link.isPresent()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(link.get())
                    .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + (linkLifetime.toSeconds() / 2)).build();
        }
        long size = blobs.size(key).orElseThrow(() -> new NotFoundException(missing));
        String header = request.getHeader(HttpHeaders.RANGE);
        long start = 0;
        long end = size - 1;
        HttpStatus status = HttpStatus.OK;
        if (header != null) {
            List<HttpRange> ranges;
            try {
                ranges = HttpRange.parseRanges(header);
            } catch (IllegalArgumentException e) {
                ranges = List.of();
            }
            if (ranges.size() != 1 || size == 0 || ranges.getFirst().getRangeStart(size) >= size) {
                throw new RangeNotSatisfiableException(size);
            }
            start = ranges.getFirst().getRangeStart(size);
            end = ranges.getFirst().getRangeEnd(size);
            status = HttpStatus.PARTIAL_CONTENT;
        }
        long from = start;
        long length = end - start + 1;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType("video/mp4"))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .contentLength(length);
        if (attachment != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(attachment));
        }
        if (status == HttpStatus.PARTIAL_CONTENT) {
            response.header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
        }
        return response.body(out -> {
            try (InputStream in = blobs.get(key, from, length)) {
                in.transferTo(out);
            }
        });
    }
}
