package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An MLT XML project of the parts to keep, laid out the way Shotcut writes its own projects: a profile at the
 * written frame rate and the recording's size, a bin, a black background track, and one track whose
 * playlist holds the kept parts of the original recording with its sound, mixed over the background.
 * Shotcut opens it as a project; Kdenlive and {@code melt} read it as an MLT playlist.
 *
 * <p>In and out points are frames from the start of the file, inclusive as MLT counts them, which is how
 * both editors place a clip; they read the file's own timecode from the file for display.
 * With only a name known (the service), the resource is the bare file name, which MLT resolves beside the
 * project file: save the project next to the video and it opens.
 */
final class MltExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.MLT;
    }

    @Override
    public void write(CutList cutList, OutputStream out) throws IOException {
        EditTimeline edit = EditTimeline.of(cutList);
        SourceFile file = edit.file();
        Picture picture = edit.picture();
        int[] aspect = picture.aspect();
        long length = Math.max(1, edit.recordFrames());
        String title = edit.title() + " (rough cut)";

        XmlWriter x = new XmlWriter(out, null);
        x.start("mlt", "LC_NUMERIC", "C", "version", "7.12.0", "title", title, "producer", "main_bin");
        x.comment(edit.note());
        x.empty("profile", "description", picture.width() + "x" + picture.height() + " " + edit.rateLabel() + " fps",
                "width", String.valueOf(picture.width()), "height", String.valueOf(picture.height()),
                "progressive", "1", "sample_aspect_num", "1", "sample_aspect_den", "1",
                "display_aspect_num", String.valueOf(aspect[0]), "display_aspect_den", String.valueOf(aspect[1]),
                "frame_rate_num", String.valueOf(edit.rate().numerator()),
                "frame_rate_den", String.valueOf(edit.rate().denominator()), "colorspace", "709");
        x.start("playlist", "id", "main_bin");
        property(x, "xml_retain", "1");
        x.end();

        x.start("producer", "id", "black", "in", "0", "out", String.valueOf(length - 1));
        property(x, "length", String.valueOf(length));
        property(x, "eof", "pause");
        property(x, "resource", "black");
        property(x, "aspect_ratio", "1");
        property(x, "mlt_service", "color");
        property(x, "mlt_image_format", "rgba");
        property(x, "set.test_audio", "0");
        x.end();
        x.start("playlist", "id", "background");
        x.empty("entry", "producer", "black", "in", "0", "out", String.valueOf(length - 1));
        x.end();

        x.start("producer", "id", "source", "in", "0", "out", String.valueOf(Math.max(0, edit.sourceFrames() - 1)));
        property(x, "length", String.valueOf(Math.max(1, edit.sourceFrames())));
        property(x, "eof", "pause");
        property(x, "resource", file.pathOrName());
        property(x, "mlt_service", "avformat-novalidate");
        property(x, "seekable", "1");
        property(x, "shotcut:caption", file.name());
        x.end();
        x.start("playlist", "id", "playlist0");
        property(x, "shotcut:video", "1");
        property(x, "shotcut:name", "V1");
        for (EditTimeline.Clip clip : edit.clips()) {
            x.empty("entry", "producer", "source", "in", String.valueOf(clip.sourceIn()),
                    "out", String.valueOf(clip.sourceOut() - 1));
        }
        x.end();

        x.start("tractor", "id", "tractor0", "title", title, "in", "0", "out", String.valueOf(length - 1));
        property(x, "shotcut", "1");
        property(x, "shotcut:projectAudioChannels", "2");
        x.empty("track", "producer", "background");
        x.empty("track", "producer", "playlist0");
        // The kept parts' sound summed over the background's silence, as Shotcut mixes every track.
        x.start("transition", "id", "mix0");
        property(x, "a_track", "0");
        property(x, "b_track", "1");
        property(x, "mlt_service", "mix");
        property(x, "always_active", "1");
        property(x, "sum", "1");
        x.finish();
    }

    private static void property(XmlWriter x, String name, String value) throws IOException {
        x.text("property", value, "name", name);
    }
}
