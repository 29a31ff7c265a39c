package io.roughcut.analysis.gemini.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes the fake's answers in Gemini's shapes: JSON bodies and the {@code {"error":…}} envelope. */
final class Replies {

    private Replies() {
    }

    static void json(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange exchange, int code, String status, String message) throws IOException {
        error(exchange, Fault.error(code, status, message));
    }

    static void error(HttpExchange exchange, Fault fault) throws IOException {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        ObjectNode error = root.putObject("error").put("code", fault.httpCode()).put("message", fault.message())
                .put("status", fault.status());
        var details = error.putArray("details");
        if (fault.retryDelay() != null) {
            details.addObject().put("@type", "type.googleapis.com/google.rpc.RetryInfo")
                    .put("retryDelay", fault.retryDelay());
        }
        if (fault.reason() != null) {
            details.addObject().put("@type", "type.googleapis.com/google.rpc.ErrorInfo")
                    .put("reason", fault.reason()).put("domain", "googleapis.com");
        }
        json(exchange, fault.httpCode(), root.toString());
    }

    /**
     * Plays the non-error parts of a fault that happen before any answer: a stall, or a dropped
     * connection. Returns false when the exchange is finished (dropped).
     */
    static boolean before(HttpExchange exchange, Fault fault) throws IOException {
        if (fault == null) {
            return true;
        }
        if (!fault.stall().isZero()) {
            sleep(fault.stall());
        }
        if (fault.drop()) {
            exchange.close();
            return false;
        }
        return true;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
