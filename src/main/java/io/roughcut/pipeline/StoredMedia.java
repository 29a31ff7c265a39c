package io.roughcut.pipeline;

import io.roughcut.media.MediaInfo;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link MediaInfo} as JSON for a job's row. The file it was probed from is left out: it was a scratch file on
 * one host, so a task reading the description back names the local copy it works on instead. Thread-safe.
 */
@Component
public final class StoredMedia {

    private final JsonMapper json;

    StoredMedia(JsonMapper json) {
        this.json = json;
    }

    public String write(MediaInfo info) {
        return json.writeValueAsString(info.withFile(null));
    }

    /** The stored description, as of {@code file} (which may be null when no local copy is at hand). */
    public MediaInfo read(String stored, Path file) {
        return json.readValue(stored, MediaInfo.class).withFile(file);
    }
}
