package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.media.FrameRate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Final Cut Pro 7 XML (xmeml version 5), which Premiere Pro and DaVinci Resolve import: a sequence with the
 * kept parts of the original recording on one video track and one audio track per audio channel of the
 * source, so no channel is lost. The file is defined once, in full, and referenced by its id after that;
 * each part's video and audio items are linked, so they move together.
 *
 * <p>The rate is a timebase and an NTSC flag, as the format has it: 29.97 is timebase 30 with
 * {@code <ntsc>TRUE</ntsc>}. Clip in and out points count frames from the start of the file; the file's own
 * timecode (a camera's 10:00:00:00, say) is in its {@code <timecode>}, from which the editor shows them.
 */
final class XmemlExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.XMEML;
    }

    @Override
    public void write(CutList cutList, OutputStream out) throws IOException {
        EditTimeline edit = EditTimeline.of(cutList);
        SourceSummary source = cutList.source();
        List<Integer> channels = source.audioChannels();
        int audioTracks = channels.stream().mapToInt(Integer::intValue).sum();
        int parts = edit.clips().size();

        XmlWriter x = new XmlWriter(out, "xmeml");
        x.start("xmeml", "version", "5");
        x.comment(edit.note());
        x.start("sequence", "id", "sequence-1");
        x.text("name", edit.title() + " (rough cut)");
        x.text("duration", edit.recordFrames());
        rate(x, edit.rate());
        timecode(x, edit, 0);
        x.start("media");
        x.start("video");
        x.start("format");
        samples(x, edit, edit.picture());
        x.end();
        x.start("track");
        for (int j = 0; j < parts; j++) {
            clipItem(x, edit, 0, j, audioTracks, j == 0);
            x.start("sourcetrack").text("mediatype", "video").text("trackindex", 1).end();
            links(x, parts, j, audioTracks);
            x.end();
        }
        x.end();
        x.end();
        x.start("audio");
        if (audioTracks > 0) {
            x.start("format").start("samplecharacteristics").text("depth", 16)
                    .text("samplerate", source.audioSampleRate() > 0 ? source.audioSampleRate() : 48000).end().end();
        }
        for (int track = 1; track <= audioTracks; track++) {
            x.start("track");
            for (int j = 0; j < parts; j++) {
                clipItem(x, edit, track, j, audioTracks, false);
                // Source tracks number the file's channels one after another, across its audio streams.
                x.start("sourcetrack").text("mediatype", "audio").text("trackindex", track).end();
                links(x, parts, j, audioTracks);
                x.end();
            }
            x.end();
        }
        x.finish();
    }

    /** Opens the clip item of part {@code j} on {@code track} (0 is the video track) and writes its timing and file. */
    private static void clipItem(XmlWriter x, EditTimeline edit, int track, int j, int audioTracks, boolean defineFile)
            throws IOException {
        EditTimeline.Clip clip = edit.clips().get(j);
        x.start("clipitem", "id", clipId(edit.clips().size(), track, j));
        x.text("name", edit.file().name());
        x.text("enabled", "TRUE");
        x.text("duration", edit.sourceFrames());
        rate(x, edit.rate());
        x.text("start", clip.recordIn());
        x.text("end", clip.recordOut());
        x.text("in", clip.sourceIn());
        x.text("out", clip.sourceOut());
        if (defineFile) {
            file(x, edit, audioTracks);
        } else {
            x.empty("file", "id", "file-1");
        }
    }

    private static void file(XmlWriter x, EditTimeline edit, int audioTracks) throws IOException {
        SourceFile file = edit.file();
        x.start("file", "id", "file-1");
        x.text("name", file.name());
        x.text("pathurl", file.localhostUrl());
        rate(x, edit.rate());
        x.text("duration", edit.sourceFrames());
        timecode(x, edit, edit.startFrame());
        x.start("media");
        x.start("video");
        samples(x, edit, edit.picture());
        x.end();
        for (int channelCount : edit.source().audioChannels()) {
            x.start("audio");
            x.start("samplecharacteristics").text("depth", 16)
                    .text("samplerate", edit.source().audioSampleRate() > 0 ? edit.source().audioSampleRate() : 48000)
                    .end();
            x.text("channelcount", channelCount);
            x.end();
        }
        x.end();
        x.end();
    }

    /** Links part {@code j}'s video and audio items to each other, as Final Cut Pro 7 writes them. */
    private static void links(XmlWriter x, int parts, int j, int audioTracks) throws IOException {
        List<String[]> members = new ArrayList<>();
        members.add(new String[] {clipId(parts, 0, j), "video", "1"});
        for (int track = 1; track <= audioTracks; track++) {
            members.add(new String[] {clipId(parts, track, j), "audio", String.valueOf(track)});
        }
        for (String[] member : members) {
            x.start("link").text("linkclipref", member[0]).text("mediatype", member[1]).text("trackindex", member[2])
                    .text("clipindex", j + 1).end();
        }
    }

    private static String clipId(int parts, int track, int j) {
        return "clipitem-" + (track * parts + j + 1);
    }

    private static void samples(XmlWriter x, EditTimeline edit, Picture picture) throws IOException {
        x.start("samplecharacteristics");
        rate(x, edit.rate());
        x.text("width", picture.width()).text("height", picture.height()).text("pixelaspectratio", "square");
        x.end();
    }

    private static void timecode(XmlWriter x, EditTimeline edit, long frame) throws IOException {
        x.start("timecode");
        rate(x, edit.rate());
        x.text("string", edit.timecode().label(frame));
        x.text("frame", frame);
        x.text("displayformat", edit.timecode().dropFrame() ? "DF" : "NDF");
        x.end();
    }

    /** {@code <rate>}: the whole-number timebase, and whether the real rate is the NTSC one 0.1% below it. */
    static void rate(XmlWriter x, FrameRate rate) throws IOException {
        x.start("rate").text("timebase", rate.timecodeBase()).text("ntsc", rate.isNtsc() ? "TRUE" : "FALSE").end();
    }
}
