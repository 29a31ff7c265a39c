package io.roughcut.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A job's read-only share link. Immutable.
 *
 * @param token the link's secret (256 random bits); anyone who has it sees the job's results
 * @param url   the shared page's address on this server, {@code /s/{token}}
 */
@Schema(name = "ShareLink")
public record ShareLink(String token, @Schema(example = "/s/Vn4cS2oSaZ2Jt1Gz0pS9bq2xk3QvJmZ1o1v2d6b1c9E") String url) {

    static ShareLink of(String token) {
        return new ShareLink(token, "/s/" + token);
    }
}
