package io.roughcut.upload;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.pipeline.AnalysisChoice;
import io.roughcut.session.Session;
import io.roughcut.upload.UploadRejectedException.Reason;
import io.roughcut.web.CurrentSession;
import io.roughcut.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * in {@code Roughcut-Job-Id}. Metadata {@code analyzer} chooses the job's analyser, and {@code minPauseSeconds},
 * {@code marginSeconds} and {@code pictureChecks} its analysis settings (see {@code GET /api/config}).
 */
@Tag(name = "Uploads")
@RestController
@RequestMapping("/api/uploads")
class TusController {

    static final String VERSION = "1.0.0";
    static final String OCTETS = "application/offset+octet-stream";
    static final String JOB_HEADER = "Roughcut-Job-Id";

    private final TusUploads uploads;
    private final UploadAdmission admission;

    TusController(TusUploads uploads, UploadAdmission admission) {
        this.uploads = uploads;
        this.admission = admission;
    }

    @Operation(summary = "What the tus endpoint supports", description = "tus discovery: version, extensions, "
            + "the size limit and the checksum algorithm.")
    @ApiResponse(responseCode = "204", description = "The capabilities, in the headers", headers = {
            @Header(name = "Tus-Version", schema = @Schema(type = "string", example = "1.0.0")),
            @Header(name = "Tus-Extension", schema = @Schema(type = "string",
                    example = "creation,creation-with-upload,termination,expiration,checksum")),
            @Header(name = "Tus-Max-Size", schema = @Schema(type = "integer", format = "int64"))})
    @SecurityRequirements
    @RequestMapping(method = RequestMethod.OPTIONS)
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent()
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", "creation,creation-with-upload,termination,expiration,checksum")
                .header("Tus-Max-Size", Long.toString(uploads.maxBytes()))
                .header("Tus-Checksum-Algorithm", "sha1")
                .build();
    }

    @Operation(summary = "Start a resumable upload (tus creation)", description = "Upload-Length is the file's size; "
            + "Upload-Metadata may carry \"filename\", \"analyzer\" and the analysis settings \"minPauseSeconds\", "
            + "\"marginSeconds\" and \"pictureChecks\" (see /api/config for their ranges). The body may carry the first bytes "
            + "(creation-with-upload). Refused before a byte is stored when the file is empty, too large, over the "
            + "session's quota or jobs under way, or the disk has no room.")
    @ApiResponse(responseCode = "201", description = "Created; PATCH the bytes to Location", headers = {
            @Header(name = "Location", description = "The upload's address", schema = @Schema(type = "string")),
            @Header(name = "Upload-Offset", schema = @Schema(type = "integer", format = "int64")),
            @Header(name = "Upload-Expires", description = "When an unfinished upload is removed",
                    schema = @Schema(type = "string")),
            @Header(name = JOB_HEADER, description = "The job, once the last byte arrived",
                    schema = @Schema(type = "string", format = "uuid"))})
    @ApiResponse(responseCode = "400", description = "Upload-Length missing or not a number, an empty file, an "
            + "analyser not offered, or an analysis setting out of its range")
    @ApiResponse(responseCode = "412", description = "Not Tus-Resumable: 1.0.0")
    @ApiResponse(responseCode = "413", description = "Over the size limit or the session's storage quota")
    @ApiResponse(responseCode = "415", description = "Not a video format Roughcut takes")
    @ApiResponse(responseCode = "507", description = "The server's disk has no room for it now")
    @Parameter(name = "Tus-Resumable", in = ParameterIn.HEADER, required = true, schema = @Schema(type = "string", example = VERSION))
    @Parameter(name = "Upload-Length", in = ParameterIn.HEADER, required = true,
            schema = @Schema(type = "integer", format = "int64", example = "734003200"))
    @Parameter(name = "Upload-Metadata", in = ParameterIn.HEADER,
            schema = @Schema(type = "string", example = "filename dGFsay5tb3Y=,analyzer bG9jYWw="))
    @RequestMapping(method = RequestMethod.POST)
    ResponseEntity<Void> create(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                HttpServletRequest request,
                                @RequestHeader(value = "Upload-Length", required = false) @Parameter(hidden = true) String length,
                                @RequestHeader(value = "Upload-Metadata", required = false) @Parameter(hidden = true) String metadata)
            throws IOException {
        requireVersion(request);
        Map<String, String> meta = parseMetadata(metadata);
        String fileName = meta.getOrDefault("filename", meta.get("name"));
        request.setAttribute(ErrorAnswers.FILE_NAME, FileNames.sanitize(fileName));
        if (length == null) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, request.getHeader("Upload-Defer-Length") != null
                    ? "Upload-Defer-Length is not supported; send Upload-Length." : "Upload-Length is missing.");
        }
        AnalysisOptions options = AnalysisChoice.fromText(meta.get(AnalysisChoice.MIN_PAUSE), meta.get(AnalysisChoice.MARGIN),
                meta.get(AnalysisChoice.PICTURE_CHECKS), AnalysisOptions.DEFAULT, key -> "Upload-Metadata \"" + key + "\"");
        Upload upload = uploads.create(session.id(), parseLong(length, "Upload-Length"), fileName, meta.get("analyzer"),
                options);
        if (OCTETS.equals(request.getContentType()) && request.getContentLengthLong() != 0) {
            upload = append(upload, session, 0, request);
        }
        return headers(ResponseEntity.status(HttpStatus.CREATED), upload)
                .header(HttpHeaders.LOCATION, "/api/uploads/" + upload.id()).build();
    }

    @Operation(summary = "Where an upload stands (tus)", description = "Upload-Offset says how many bytes the server "
            + "has: resume from there.")
    @ApiResponse(responseCode = "200", description = "The upload's state, in the headers", headers = {
            @Header(name = "Upload-Offset", schema = @Schema(type = "integer", format = "int64")),
            @Header(name = "Upload-Length", schema = @Schema(type = "integer", format = "int64")),
            @Header(name = JOB_HEADER, description = "The job, once the upload is complete",
                    schema = @Schema(type = "string", format = "uuid"))})
    @ApiResponse(responseCode = "404", description = "No such upload in this session, or it expired")
    @Parameter(name = "Tus-Resumable", in = ParameterIn.HEADER, required = true, schema = @Schema(type = "string", example = VERSION))
    @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
    ResponseEntity<Void> head(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                              HttpServletRequest request, @PathVariable String id) {
        requireVersion(request);
        Upload upload = uploads.status(uuid(id), session.id());
        return headers(ResponseEntity.ok(), upload)
                .header("Upload-Length", Long.toString(upload.declaredLength()))
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString(
                        upload.fileName().getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @Operation(summary = "Send bytes of an upload (tus)", description = "The body is the bytes from Upload-Offset "
            + "on, as application/offset+octet-stream. The one that brings the last byte starts the job, named in "
            + JOB_HEADER + ". Bytes that arrived before a connection broke are kept. A POST with "
            + "X-HTTP-Method-Override: PATCH is the same.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = OCTETS,
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "204", description = "Stored", headers = {
            @Header(name = "Upload-Offset", schema = @Schema(type = "integer", format = "int64")),
            @Header(name = JOB_HEADER, description = "The job, once the last byte arrived",
                    schema = @Schema(type = "string", format = "uuid"))})
    @ApiResponse(responseCode = "400", description = "Upload-Offset missing, or a malformed Upload-Checksum")
    @ApiResponse(responseCode = "404", description = "No such upload in this session, or it expired")
    @ApiResponse(responseCode = "409", description = "Upload-Offset is not the server's: HEAD, then resume")
    @ApiResponse(responseCode = "413", description = "More bytes than the declared Upload-Length")
    @ApiResponse(responseCode = "415", description = "Not application/offset+octet-stream, or the complete file is "
            + "not a video Roughcut takes")
    @ApiResponse(responseCode = "422", description = "The complete file is a damaged video")
    @ApiResponse(responseCode = "423", description = "Another request is writing to this upload")
    @ApiResponse(responseCode = "460", description = "The bytes do not match Upload-Checksum; they were discarded")
    @ApiResponse(responseCode = "507", description = "The server's disk is full; what arrived is kept, resume later")
    @Parameter(name = "Tus-Resumable", in = ParameterIn.HEADER, required = true, schema = @Schema(type = "string", example = VERSION))
    @Parameter(name = "Upload-Offset", in = ParameterIn.HEADER, required = true,
            schema = @Schema(type = "integer", format = "int64", example = "0"))
    @Parameter(name = "Upload-Checksum", in = ParameterIn.HEADER,
            schema = @Schema(type = "string", example = "sha1 Kq5sNclPz7QV2+lfQIuc6R7oRu0="))
    @RequestMapping(path = "/{id}", method = {RequestMethod.PATCH, RequestMethod.POST})
    ResponseEntity<Void> patch(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                               HttpServletRequest request, @PathVariable String id,
                               @RequestHeader(value = "Upload-Offset", required = false) @Parameter(hidden = true) String offset)
            throws IOException {
        requireVersion(request);
        Upload current = uploads.find(uuid(id), session.id());
        request.setAttribute(ErrorAnswers.FILE_NAME, current.fileName());
        if (request.getMethod().equals("POST") && !"PATCH".equalsIgnoreCase(request.getHeader("X-HTTP-Method-Override"))) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "POST to an upload needs X-HTTP-Method-Override: PATCH.");
        }
        if (!OCTETS.equals(request.getContentType())) {
            throw new UploadRejectedException(Reason.UNSUPPORTED_TYPE, "A PATCH must have Content-Type " + OCTETS + ".");
        }
        if (offset == null) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "Upload-Offset is missing.");
        }
        long incoming = request.getContentLengthLong();
        admission.admitBytes(current, incoming >= 0 ? incoming : current.declaredLength() - current.offset());
        Upload upload = append(current, session, parseLong(offset, "Upload-Offset"), request);
        return headers(ResponseEntity.status(HttpStatus.NO_CONTENT), upload).build();
    }

    @Operation(summary = "Abandon an upload (tus termination)", description = "Deletes the upload and its bytes.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such upload in this session, or it expired")
    @Parameter(name = "Tus-Resumable", in = ParameterIn.HEADER, required = true, schema = @Schema(type = "string", example = VERSION))
    @RequestMapping(path = "/{id}", method = RequestMethod.DELETE)
    ResponseEntity<Void> terminate(@RequestAttribute(CurrentSession.ATTRIBUTE) @Parameter(hidden = true) Session session,
                                   HttpServletRequest request, @PathVariable String id) {
        requireVersion(request);
        uploads.terminate(uuid(id), session.id());
        return ResponseEntity.noContent().build();
    }

    private Upload append(Upload upload, Session session, long offset, HttpServletRequest request) throws IOException {
        try {
            return uploads.append(upload.id(), session.id(), offset, request.getContentLengthLong(),
                    request.getInputStream(), checksum(request));
        } catch (UploadRejectedException e) {
            if (e.reason() == Reason.SPENDING_CAP) {
                // The whole video arrived but may not be analysed with Gemini today; it would only sit there.
                uploads.terminate(upload.id(), session.id());
            }
            throw e;
        }
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
            throw new UploadRejectedException(Reason.NOT_FOUND, "There is no such upload. Start the upload again.");
        }
    }
}
