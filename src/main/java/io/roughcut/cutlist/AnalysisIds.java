package io.roughcut.cutlist;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import tools.jackson.databind.util.StdConverter;

/**
 * Jackson converters that write {@link Category} and {@link SegmentSource} as their lower-case ids
 * ({@code "filler_words"}, {@code "local+gemini"}) and read them back. They sit on the record components,
 * so any mapper, Spring's included, writes a {@link CutList} the same way; the analysis package stays
 * free of Jackson.
 */
final class AnalysisIds {

    private AnalysisIds() {
    }

    static final class CategoryToId extends StdConverter<Category, String> {
        @Override
        public String convert(Category value) {
            return value.id();
        }
    }

    static final class IdToCategory extends StdConverter<String, Category> {
        @Override
        public Category convert(String value) {
            return Category.fromId(value)
                    .orElseThrow(() -> new IllegalArgumentException("unknown category: " + value));
        }
    }

    static final class SourceToId extends StdConverter<SegmentSource, String> {
        @Override
        public String convert(SegmentSource value) {
            return value.id();
        }
    }

    static final class IdToSource extends StdConverter<String, SegmentSource> {
        @Override
        public SegmentSource convert(String value) {
            for (SegmentSource s : SegmentSource.values()) {
                if (s.id().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown segment source: " + value);
        }
    }
}
