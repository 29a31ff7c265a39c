package io.roughcut.web;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A multipart/form-data body with one file part, as curl -F sends it. */
public record Multipart(String boundary, HttpRequest.BodyPublisher body) {

    public static Multipart file(String field, String fileName, byte[] content) {
        return file(field, fileName, content, java.util.Map.of());
    }

    /** A file part after text parts, such as {@code analyzer=gemini}. */
    public static Multipart file(String field, String fileName, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "roughcut" + System.nanoTime();
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        byte[] head = (text + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return new Multipart(boundary, HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)));
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** A POST of this body to {@code /api/videos/upload}. */
    public HttpRequest.Builder post(HttpRequest.Builder request) {
        return request.header("Content-Type", contentType()).POST(body);
    }
}
