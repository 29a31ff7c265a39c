package io.roughcut.web;

import io.roughcut.export.ExportFormat;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes the export routes from the registry, so a new format is described when it is added: the allowed
 * values of {@code format}, and the file types the answer may have (the JSON export is the cut list, the
 * others are files).
 */
@Component
class ExportFormatsOpenApi implements OpenApiCustomizer {

    private static final List<String> ROUTES = List.of("/api/export/{jobId}/{format}", "/api/shared/{token}/export/{format}");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        List<String> ids = ExportFormat.cutListFormats().stream().map(ExportFormat::id).toList();
        Content files = new Content();
        for (ExportFormat format : ExportFormat.cutListFormats()) {
            org.springframework.http.MediaType type = org.springframework.http.MediaType.parseMediaType(format.contentType());
            String name = type.getType() + "/" + type.getSubtype();
            files.addMediaType(name, new MediaType().schema(name.equals("application/json")
                    ? new Schema<>().$ref("#/components/schemas/CutList")
                    : new Schema<>().type("string").format("binary")));
        }
        for (String route : ROUTES) {
            PathItem path = openApi.getPaths().get(route);
            if (path == null || path.getGet() == null || path.getGet().getParameters() == null) {
                continue;
            }
            ApiResponse ok = path.getGet().getResponses() == null ? null : path.getGet().getResponses().get("200");
            if (ok != null) {
                ok.setContent(files);
            }
            for (Parameter p : path.getGet().getParameters()) {
                if (p.getName().equals("format")) {
                    StringSchema schema = new StringSchema();
                    ids.forEach(schema::addEnumItem);
                    p.setSchema(schema);
                    p.setDescription("The export format: " + String.join(", ", ids)
                            + ". GET /api/export/formats says what each is for.");
                }
            }
        }
    }
}
