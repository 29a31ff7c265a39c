package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.media.FrameRate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Final Cut Pro XML (FCPXML) 1.11 or 1.10 of the parts to keep, as asset-clips of the original recording on
 * one spine, its sound included. Written to the element and attribute rules of Apple's FCPXML DTD: every
 * element used here has the same content model in both versions, so they differ only in {@code version},
 * and DaVinci Resolve releases that do not know 1.11 read the 1.10 file.
 *
 * <p>Times are rational seconds on the written frame rate's grid ({@code 1001/30000s} is one frame at
 * 29.97), so nothing is rounded on import. The asset starts at the recording's own timecode, and each
 * clip's {@code start} is that timecode plus its in-point, so a camera file starting at 10:00:00:00 lines up.
 */
final class FcpxmlExporter implements Exporter {

    private static final Map<Integer, String> AUDIO_RATES = Map.of(32000, "32k", 44100, "44.1k", 48000, "48k",
            88200, "88.2k", 96000, "96k", 176400, "176.4k", 192000, "192k");

    private final ExportFormat format;
    private final String version;

    FcpxmlExporter(ExportFormat format, String version) {
        this.format = format;
        this.version = version;
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public void write(CutList cutList, OutputStream out) throws IOException {
        EditTimeline edit = EditTimeline.of(cutList);
        SourceSummary source = cutList.source();
        Picture picture = edit.picture();
        FrameRate rate = edit.rate();
        String tcFormat = edit.timecode().dropFrame() ? "DF" : "NDF";
        boolean audio = !source.audioChannels().isEmpty();

        XmlWriter x = new XmlWriter(out, "fcpxml");
        x.start("fcpxml", "version", version);
        x.start("resources");
        x.empty("format", "id", "r1", "name", formatName(picture, rate), "frameDuration", time(1, rate),
                "width", String.valueOf(picture.width()), "height", String.valueOf(picture.height()),
                "colorSpace", "1-1-1 (Rec. 709)");
        x.start("asset", "id", "r2", "name", edit.title(), "start", time(edit.startFrame(), rate),
                "duration", time(edit.sourceFrames(), rate), "hasVideo", "1", "format", "r1", "videoSources", "1",
                "hasAudio", audio ? "1" : "0", "audioSources", audio ? String.valueOf(source.audioChannels().size()) : null,
                "audioChannels", audio ? String.valueOf(source.audioChannels().getFirst()) : null,
                "audioRate", audio && source.audioSampleRate() > 0 ? String.valueOf(source.audioSampleRate()) : null);
        x.empty("media-rep", "kind", "original-media", "src", edit.file().fileUrl());
        x.end();
        x.end();
        x.start("library");
        x.start("event", "name", edit.title());
        x.start("project", "name", edit.title() + " (rough cut)");
        x.start("sequence", "format", "r1", "duration", time(edit.recordFrames(), rate), "tcStart", "0s",
                "tcFormat", tcFormat, "audioLayout", audio ? layout(source.audioChannels().getFirst()) : null,
                "audioRate", audio ? AUDIO_RATES.get(source.audioSampleRate()) : null);
        x.text("note", edit.note());
        x.start("spine");
        for (EditTimeline.Clip clip : edit.clips()) {
            x.empty("asset-clip", "ref", "r2", "name", edit.title(), "offset", time(clip.recordIn(), rate),
                    "start", time(edit.startFrame() + clip.sourceIn(), rate), "duration", time(clip.length(), rate),
                    "tcFormat", tcFormat, "audioRole", audio ? "dialogue" : null);
        }
        x.finish();
    }

    /** A frame count as FCPXML rational seconds: frames times the frame duration, "0s" for none. */
    static String time(long frames, FrameRate rate) {
        return frames == 0 ? "0s" : frames * rate.denominator() + "/" + rate.numerator() + "s";
    }

    private static String layout(int channels) {
        return channels == 1 ? "mono" : channels == 2 ? "stereo" : "surround";
    }

    /**
     * Final Cut's own name for the standard HD and UHD formats, such as FFVideoFormat1080p2997; other frame
     * sizes have none, and Final Cut then takes the format from its size and frame duration.
     */
    private static String formatName(Picture picture, FrameRate rate) {
        String size = switch (picture.width() + "x" + picture.height()) {
            case "1920x1080" -> "1080p";
            case "1280x720" -> "720p";
            case "3840x2160" -> "3840x2160p";
            case "4096x2160" -> "4096x2160p";
            default -> null;
        };
        String code = rate.isInteger() ? String.valueOf(rate.numerator() / rate.denominator())
                : String.valueOf(Math.round(rate.fps() * 100));
        return size == null ? null : "FFVideoFormat" + size + code;
    }
}
