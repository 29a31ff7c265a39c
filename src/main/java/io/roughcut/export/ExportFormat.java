package io.roughcut.export;

import java.util.Optional;

/** The formats a cut list exports to. {@link #exporter()} is the one registry: a new format is one line there. */
public enum ExportFormat {
    JSON("json"), CSV("csv"), EDL("edl");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    /** The name used in URLs and on the command line. */
    public String id() {
        return id;
    }

    public static Optional<ExportFormat> fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Exporter exporter() {
        return switch (this) {
            case JSON -> new JsonExporter();
            case CSV -> new CsvExporter();
            case EDL -> new EdlExporter();
        };
    }
}
