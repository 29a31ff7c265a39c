package io.roughcut.upload;

import io.roughcut.session.Session;
import io.roughcut.upload.UploadRejectedException.Reason;
import io.roughcut.web.CurrentSession;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * tus 1.0.0 at {@code /api/uploads}: core, creation, creation-with-upload, termination, expiration and
 * checksum (sha1). Java's HttpURLConnection cannot send PATCH, so a POST with
 * {@code X-HTTP-Method-Override: PATCH} is a PATCH, as the protocol allows. The finished upload's job id is
 * in {@code Roughcut-Job-Id}. Metadata {@code analyzer} chooses the job's analyser (see {@code GET /api/config}).
 */
@RestController
@RequestMapping("/api/uploads")
class TusController {

    static final String VERSION = "1.0.0";
    static final String OCTETS = "application/offset+octet-stream";
    static final String JOB_HEADER = "Roughcut-Job-Id";

    private final TusUploads uploads;

    TusController(TusUploads uploads) {
        this.uploads = uploads;
    }

    @RequestMapping(method = RequestMethod.OPTIONS)
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent()
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", "creation,creation-with-upload,termination,expiration,checksum")
                .header("Tus-Max-Size", Long.toString(uploads.maxBytes()))
                .header("Tus-Checksum-Algorithm", "sha1")
                .build();
    }

    @RequestMapping(method = RequestMethod.POST)
    ResponseEntity<Void> create(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, HttpServletRequest request,
                                @RequestHeader(value = "Upload-Length", required = false) String length,
                                @RequestHeader(value = "Upload-Metadata", required = false) String metadata)
            throws IOException {
        requireVersion(request);
        if (length == null) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, request.getHeader("Upload-Defer-Length") != null
                    ? "Upload-Defer-Length is not supported; send Upload-Length." : "Upload-Length is missing.");
        }
        Map<String, String> meta = parseMetadata(metadata);
        Upload upload = uploads.create(session.id(), parseLong(length, "Upload-Length"),
                meta.getOrDefault("filename", meta.get("name")), meta.get("analyzer"));
        if (OCTETS.equals(request.getContentType()) && request.getContentLengthLong() != 0) {
            upload = uploads.append(upload.id(), session.id(), 0, request.getContentLengthLong(),
                    request.getInputStream(), checksum(request));
        }
        return headers(ResponseEntity.status(HttpStatus.CREATED), upload)
                .header(HttpHeaders.LOCATION, "/api/uploads/" + upload.id()).build();
    }

    @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
    ResponseEntity<Void> head(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, HttpServletRequest request,
                              @PathVariable String id) {
        requireVersion(request);
        Upload upload = uploads.status(uuid(id), session.id());
        return headers(ResponseEntity.ok(), upload)
                .header("Upload-Length", Long.toString(upload.declaredLength()))
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString(
                        upload.fileName().getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @RequestMapping(path = "/{id}", method = {RequestMethod.PATCH, RequestMethod.POST})
    ResponseEntity<Void> patch(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, HttpServletRequest request,
                               @PathVariable String id,
                               @RequestHeader(value = "Upload-Offset", required = false) String offset) throws IOException {
        requireVersion(request);
        if (request.getMethod().equals("POST") && !"PATCH".equalsIgnoreCase(request.getHeader("X-HTTP-Method-Override"))) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "POST to an upload needs X-HTTP-Method-Override: PATCH.");
        }
        if (!OCTETS.equals(request.getContentType())) {
            throw new UploadRejectedException(Reason.UNSUPPORTED_TYPE, "A PATCH must have Content-Type " + OCTETS + ".");
        }
        if (offset == null) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "Upload-Offset is missing.");
        }
        Upload upload = uploads.append(uuid(id), session.id(), parseLong(offset, "Upload-Offset"),
                request.getContentLengthLong(), request.getInputStream(), checksum(request));
        return headers(ResponseEntity.status(HttpStatus.NO_CONTENT), upload).build();
    }

    @RequestMapping(path = "/{id}", method = RequestMethod.DELETE)
    ResponseEntity<Void> terminate(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session,
                                   HttpServletRequest request, @PathVariable String id) {
        requireVersion(request);
        uploads.terminate(uuid(id), session.id());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder response, Upload upload) {
        response.header("Upload-Offset", Long.toString(upload.offset()))
                .header("Upload-Expires", DateTimeFormatter.RFC_1123_DATE_TIME.format(upload.expiresAt()));
        if (upload.jobId() != null) {
            response.header(JOB_HEADER, upload.jobId().toString());
        }
        return response;
    }

    private static void requireVersion(HttpServletRequest request) {
        if (!VERSION.equals(request.getHeader("Tus-Resumable"))) {
            throw new TusVersionException();
        }
    }

    private static byte[] checksum(HttpServletRequest request) {
        String header = request.getHeader("Upload-Checksum");
        if (header == null) {
            return null;
        }
        String[] parts = header.trim().split(" ", 2);
        if (parts.length != 2 || !parts[0].equals("sha1")) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "Upload-Checksum must be \"sha1 <base64>\".");
        }
        try {
            return Base64.getDecoder().decode(parts[1].trim());
        } catch (IllegalArgumentException e) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "Upload-Checksum is not valid base64.");
        }
    }

    static Map<String, String> parseMetadata(String header) {
        Map<String, String> meta = new HashMap<>();
        if (header == null || header.isBlank()) {
            return meta;
        }
        for (String pair : header.split(",")) {
            String[] kv = pair.trim().split(" ", 2);
            try {
                meta.put(kv[0], kv.length == 2
                        ? new String(Base64.getDecoder().decode(kv[1].trim()), StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                throw new UploadRejectedException(Reason.BAD_REQUEST, "Upload-Metadata value of " + kv[0]
                        + " is not valid base64.");
            }
        }
        return meta;
    }

    private static long parseLong(String value, String header) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, header + " must be a whole number of bytes.");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UploadRejectedException(Reason.NOT_FOUND, "There is no upload " + id + ".");
        }
    }
}
