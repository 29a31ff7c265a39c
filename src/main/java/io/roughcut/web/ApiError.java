package io.roughcut.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The one shape of every error answer, whatever failed and wherever: the advice, a filter, the servlet
 * container. Immutable.
 *
 * @param error     a short machine-readable name, such as {@code not_found} or {@code quota_exceeded}
 * @param message   for the person: what went wrong and what to do next; names their file, never an internal
 *                  id or a server path
 * @param status    the HTTP status, repeated for clients that only see the body
 * @param reference for a failure on the server only: the id under which the server log has the details
 */
@Schema(name = "Error", description = "Every error answer, from every route.", example = """
        {"error": "not_found", "message": "There is no such job in this session.", "status": 404}""")
public record ApiError(
        @Schema(example = "not_found") String error,
        @Schema(example = "There is no such job in this session.") String message,
        @Schema(example = "404") int status,
        @Schema(description = "Only for a failure on the server (5xx): quote it to the operator.", example = "7f3a9c01")
        @JsonInclude(JsonInclude.Include.NON_NULL) String reference) {
}
