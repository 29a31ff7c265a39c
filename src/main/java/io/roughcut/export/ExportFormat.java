package io.roughcut.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The formats a cut list exports to, with what a person needs to choose one: its name, the editors it is
 * for, its file extension and media type. This is the one registry: the command line's help, the API's
 * list and the pages' export buttons are made from it, and a new format is one line here plus its
 * {@link #exporter()}.
 */
public enum ExportFormat {
    JSON("json", "JSON", "json", "application/json",
            "The whole result, rejected cuts included and marked, to pick a review up again or for scripts"),
    CSV("csv", "CSV", "csv", "text/csv; charset=utf-8",
            "Spreadsheets (Excel, Numbers, LibreOffice): one row per accepted cut"),
    EDL("edl", "EDL", "edl", "text/plain; charset=utf-8",
            "CMX3600 edit list for Premiere Pro, DaVinci Resolve, Avid Media Composer and most other editors"),
    FCPXML("fcpxml", "FCPXML 1.11", "fcpxml", "application/xml; charset=utf-8",
            "Final Cut Pro and current DaVinci Resolve"),
    FCPXML_1_10("fcpxml-1.10", "FCPXML 1.10", "fcpxml", "application/xml; charset=utf-8",
            "Older DaVinci Resolve and Final Cut Pro releases that refuse FCPXML 1.11"),
    XMEML("xmeml", "FCP7 XML", "xml", "application/xml; charset=utf-8",
            "Premiere Pro and DaVinci Resolve (Final Cut Pro 7 XML, xmeml version 5)"),
    MLT("mlt", "MLT", "mlt", "application/xml; charset=utf-8",
            "Shotcut, which opens it as a project, and Kdenlive, which adds it to a project as a clip"),
    SRT("srt", "SRT markers", "srt", "application/x-subrip; charset=utf-8",
            "One subtitle cue per cut (category and reason), for editors and players that import subtitles as markers"),
    VTT("vtt", "WebVTT markers", "vtt", "text/vtt; charset=utf-8",
            "One WebVTT cue per cut (category and reason), for web players and editors that read WebVTT"),
    MP4("mp4", "MP4 video", "mp4", "video/mp4",
            "The video itself with the accepted cuts removed, to watch or share without an editor");

    private final String id;
    private final String label;
    private final String extension;
    private final String contentType;
    private final String editors;

    ExportFormat(String id, String label, String extension, String contentType, String editors) {
        this.id = id;
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
        this.editors = editors;
    }

    /** The name used in URLs and on the command line, such as {@code fcpxml-1.10}. */
    public String id() {
        return id;
    }

    /** The name people know the format by, such as "FCP7 XML". */
    public String label() {
        return label;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The HTTP content type of the file, with its charset for text formats. */
    public String contentType() {
        return contentType;
    }

    /** One line on what the format is for: the editors and programs that open it. */
    public String editors() {
        return editors;
    }

    /**
     * Whether this is the rendered video, made from the recording itself by {@code io.roughcut.media.SmartRenderer},
     * rather than a file written from the cut list by an {@link Exporter}.
     */
    public boolean isRenderedVideo() {
        return this == MP4;
    }

    /** The file name of this export of {@code sourceFileName}: {@code My talk.mov} gives {@code My talk.edl}. */
    public String fileName(String sourceFileName) {
        String name = sourceFileName == null ? "" : sourceFileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return (base.isBlank() ? "roughcut" : base) + "." + extension;
    }

    public static Optional<ExportFormat> fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The formats written from the cut list alone, in the registry's order: every one but the rendered video. */
    public static List<ExportFormat> cutListFormats() {
        return Arrays.stream(values()).filter(f -> !f.isRenderedVideo()).toList();
    }

    /**
     * The writer of this format.
     *
     * @throws ExportException for {@link #MP4}, which is rendered from the recording, not written from the list
     */
    public Exporter exporter() {
        return switch (this) {
            case JSON -> new JsonExporter();
            case CSV -> new CsvExporter();
            case EDL -> new EdlExporter();
            case FCPXML -> new FcpxmlExporter(FCPXML, "1.11");
            case FCPXML_1_10 -> new FcpxmlExporter(FCPXML_1_10, "1.10");
            case XMEML -> new XmemlExporter();
            case MLT -> new MltExporter();
            case SRT -> new MarkerExporter(SRT);
            case VTT -> new MarkerExporter(VTT);
            case MP4 -> throw new ExportException("The mp4 export is the video with the cuts removed: it is rendered"
                    + " from the recording, not written from the cut list. On the command line use"
                    + " roughcut analyze FILE --render OUT.mp4.");
        };
    }
}
