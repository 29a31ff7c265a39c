package io.roughcut.web;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.export.ExportFormat;
import io.roughcut.media.Normalization;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.ChunkState;
import io.roughcut.pipeline.JobState;
import io.roughcut.pipeline.RenderState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The closed sets the API shows by their lower-case ids ({@code complete}, {@code filler_words},
 * {@code audio-transcode}): the JSON mapper writes and reads them by id, and the OpenAPI document lists the
 * ids as the enum. The enums live in packages that know nothing of JSON; this is where the web layer says how
 * they look. Add a line here for a new one.
 */
final class IdEnums {

    /** One enum and its id. */
    record IdEnum<E extends Enum<E>>(Class<E> type, Function<E, String> id) {

        List<String> ids() {
            return Arrays.stream(type.getEnumConstants()).map(id).toList();
        }

        Optional<E> parse(String value) {
            return Arrays.stream(type.getEnumConstants()).filter(e -> id.apply(e).equalsIgnoreCase(value)).findFirst();
        }

        String write(Object value) {
            return id.apply(type.cast(value));
        }
    }

    static final List<IdEnum<?>> ALL = List.of(
            new IdEnum<>(JobState.class, JobState::id),
            new IdEnum<>(RenderState.class, RenderState::id),
            new IdEnum<>(ChunkState.class, ChunkState::id),
            new IdEnum<>(AnalyzerOption.class, AnalyzerOption::id),
            new IdEnum<>(Normalization.class, Normalization::id),
            new IdEnum<>(Category.class, Category::id),
            new IdEnum<>(SegmentSource.class, SegmentSource::id),
            new IdEnum<>(ExportFormat.class, ExportFormat::id),
            new IdEnum<>(PictureChecks.class, PictureChecks::id));

    private IdEnums() {
    }

    static Optional<IdEnum<?>> of(Class<?> type) {
        return ALL.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    /** The constant with this id, or null for null or an id it does not have. */
    static <E extends Enum<E>> E parse(Class<E> type, String id) {
        return id == null ? null : of(type).flatMap(e -> e.parse(id)).map(type::cast).orElse(null);
    }
}
