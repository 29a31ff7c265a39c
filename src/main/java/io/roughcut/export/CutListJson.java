package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link CutList}, as ARCHITECTURE.md shows it: pretty-printed, times in seconds,
 * categories, sources, statuses and decisions as lower-case ids. The service stores results in this form
 * and reads them back. Thread-safe.
 */
public final class CutListJson {

    // Jackson 3 mappers are immutable and thread-safe. Streams stay open: they belong to the caller. A result
    // stored by an earlier version lacks the fields added since; they read as 0 and false, not as an error.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private CutListJson() {
    }

    public static void write(CutList cutList, OutputStream out) {
        MAPPER.writeValue(out, cutList);
    }

    public static String write(CutList cutList) {
        return MAPPER.writeValueAsString(cutList);
    }

    /** @throws JacksonException when the JSON is not a cut list */
    public static CutList read(InputStream in) {
        return MAPPER.readValue(in, CutList.class);
    }

    /** @throws JacksonException when the JSON is not a cut list */
    public static CutList read(String json) {
        return MAPPER.readValue(json, CutList.class);
    }
}
