package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.testing.FramePictures;
import io.roughcut.testing.TestMedia;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MLT project of real recordings at each frame rate, loaded and rendered by Debian's {@code melt}, the
 * MLT framework's own player (Shotcut and Kdenlive are built on it): the rendering lasts as many frames as
 * the kept parts, its sound as long, and the first frame of a kept part is the recording's frame there.
 */
class MltExportTests {

    private static final Path MELT = Path.of("/usr/bin/melt");
    static final Map<Recordings.Case, CutList> CUT_LISTS = Recordings.all();

    @TempDir
    Path dir;

    static List<Recordings.Case> cases() {
        return Recordings.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meltRendersTheKeptPartsFrameForFrame(Recordings.Case c) throws Exception {
        CutList cutList = CUT_LISTS.get(c);
        String xml = Results.export(ExportFormat.MLT, cutList);
        if (c.timecode() != null) {
            // MLT places clips by frames from the start of the file; the file's timecode is said in the note.
            assertThat(xml).contains("The recording's timecode starts at " + c.timecode() + ".");
        }
        Path project = Files.writeString(dir.resolve("talk.mlt"), xml);

        Path rendered = melt(project);

        double[][] kept = Recordings.kept(cutList);
        long expected = 0;
        for (double[] part : kept) {
            expected += Math.round(part[1] * c.fps()) - Math.round(part[0] * c.fps());
        }
        assertThat(frameCount(rendered)).as("frames melt rendered").isEqualTo(expected);
        assertThat(audioSeconds(rendered)).as("seconds of sound melt rendered")
                .isCloseTo(expected / c.fps(), org.assertj.core.data.Offset.offset(1.5 / c.fps()));
        long firstOfPartTwo = Math.round(kept[0][1] * c.fps()) - Math.round(kept[0][0] * c.fps());
        long sourceFrame = Math.round(kept[1][0] * c.fps());
        assertThat(FramePictures.nearest(rendered, firstOfPartTwo, Path.of(cutList.source().path()), sourceFrame))
                .as("the recording's frame that part two starts on").isEqualTo(sourceFrame);
    }

    @Test
    void aProjectFromTheServiceNamesTheFileAndOpensBesideIt() throws Exception {
        Recordings.Case c = Recordings.cases().getFirst();
        CutList local = CUT_LISTS.get(c);
        Path video = Files.copy(Path.of(local.source().path()), dir.resolve("My talk (final).mp4"));
        SourceSummary s = local.source();
        CutList served = Results.of(new SourceSummary(video.getFileName().toString(), null, s.sizeBytes(),
                s.durationSeconds(), s.container(), s.videoCodec(), s.audioCodec(), s.normalized(), s.frameRate(),
                false, s.width(), s.height(), s.audioChannels(), s.audioSampleRate(), s.startTimecode(),
                s.startFrame(), s.dropFrame()), local.segmentsToRemove().toArray(io.roughcut.cutlist.Cut[]::new));
        String xml = Results.export(ExportFormat.MLT, served);
        assertThat(xml).contains("<property name=\"resource\">My talk (final).mp4</property>");
        Path project = Files.writeString(dir.resolve("My talk (final).mlt"), xml);

        assertThat(frameCount(melt(project))).isPositive();
    }

    /** Renders the project with melt to a small lossless file beside it. */
    private Path melt(Path project) throws IOException, InterruptedException {
        assertThat(MELT).as("the MLT tests need Debian's melt: apt-get install melt").isExecutable();
        Path out = project.resolveSibling(project.getFileName() + ".mkv");
        Path log = project.resolveSibling("melt.log");
        Process melt = new ProcessBuilder(MELT.toString(), project.toString(), "-quiet", "-consumer",
                "avformat:" + out, "vcodec=ffv1", "acodec=pcm_s16le")
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File("/")).start();
        assertThat(melt.waitFor(2, TimeUnit.MINUTES)).as("melt finished").isTrue();
        assertThat(melt.exitValue()).as("melt's exit code; its log: %s", Files.readString(log)).isZero();
        assertThat(out).as("melt rendered the project; its log: %s", Files.readString(log)).isNotEmptyFile();
        return out;
    }

    private static long frameCount(Path file) {
        return Long.parseLong(TestMedia.ffmpeg().ffprobe(List.of("-select_streams", "v:0", "-count_frames",
                "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", file.toString()),
                Duration.ofMinutes(1)).stdout().strip());
    }

    /** The sound's length from its decoded samples; Matroska's millisecond packet times would round it. */
    private static double audioSeconds(Path file) {
        long bytes = TestMedia.ffmpeg().ffmpegStream(List.of("-v", "error", "-i", file.toString(), "-map", "0:a:0",
                "-ac", "1", "-ar", "48000", "-f", "s16le", "pipe:1"), Duration.ofMinutes(1),
                in -> in.transferTo(java.io.OutputStream.nullOutputStream()));
        return bytes / 2 / 48000.0;
    }
}
