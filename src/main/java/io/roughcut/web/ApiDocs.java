package io.roughcut.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /api/openapi}: its title and version, the session as a security scheme (the
 * header or the cookie), and on every operation the errors any of them can answer, all in the one
 * {@link ApiError} shape. What each operation adds is on the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String HEADER_SCHEME = "sessionHeader";
    static final String COOKIE_SCHEME = "sessionCookie";

    @Bean
    OpenAPI roughcutApi(@Value("${roughcut.version:development}") String version) {
        return new OpenAPI()
                .info(new Info().title("Roughcut API").version(version).description("""
                        Rough cuts of long talking videos: upload a video (tus, resumable, or one multipart \
                        request), follow its analysis, review the proposed cuts, share and export them. \
                        There are no accounts: a session is a token, sent as the X-Session-Id header (from \
                        POST /api/sessions/create) or kept by a browser in the roughcut_session cookie. Every error, \
                        from every route, is an Error object; rate limits answer 429 with Retry-After."""))
                .components(new Components()
                        .addSecuritySchemes(HEADER_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(CurrentSession.HEADER)
                                .description("The sessionId from POST /api/sessions/create."))
                        .addSecuritySchemes(COOKIE_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name(CurrentSession.COOKIE)
                                .description("Set by POST /api/sessions/create and by a browser's first visit.")))
                .addSecurityItem(new SecurityRequirement().addList(HEADER_SCHEME))
                .addSecurityItem(new SecurityRequirement().addList(COOKIE_SCHEME));
    }

    /** Adds the errors every operation can answer, and gives every error answer the Error shape. */
    @Bean
    OpenApiCustomizer errorResponsesInTheApi() {
        return api -> {
            ModelConverters.getInstance().readAll(ApiError.class).forEach(api.getComponents()::addSchemas);
            Schema<?> error = new Schema<>().$ref("#/components/schemas/Error");
            api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, op) -> {
                ApiResponses responses = op.getResponses();
                if (needsSession(op)) {
                    responses.putIfAbsent("401", new ApiResponse().description("No live session: start one with POST "
                            + "/api/sessions/create"));
                }
                responses.putIfAbsent("429", new ApiResponse().description("Over a rate limit").addHeaderObject(
                        "Retry-After", new Header().description("Seconds until a retry may work")
                                .schema(new IntegerSchema())));
                responses.putIfAbsent("500", new ApiResponse().description("A failure on the server; the answer's "
                        + "reference is in the server's log"));
                for (Map.Entry<String, ApiResponse> answer : responses.entrySet()) {
                    // An answer to HEAD has no body, errors included.
                    if (method == PathItem.HttpMethod.HEAD) {
                        answer.getValue().setContent(null);
                    } else if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                        answer.getValue().setContent(new Content().addMediaType("application/json",
                                new MediaType().schema(error)));
                    }
                }
            }));
        };
    }

    private static boolean needsSession(Operation op) {
        return op.getSecurity() == null || !op.getSecurity().isEmpty();
    }
}
