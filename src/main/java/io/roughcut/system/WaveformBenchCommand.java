package io.roughcut.system;

import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.analysis.local.Waveform;
import io.roughcut.analysis.local.WaveformReader;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code roughcut bench-waveform}: what the review page's waveform costs for a long recording. Measuring it
 * once (one decode of the sound) against a bare FFmpeg decode of the same sound, and loading it afterwards
 * (reading the kept JSON, parsing it and writing the answer, as each request does) against measuring it.
 * A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench-waveform", mixinStandardHelpOptions = true,
        description = "Benchmark measuring and loading the review page's waveform of a long generated talk.")
final class WaveformBenchCommand implements Callable<Integer> {

    @Option(names = "--minutes", paramLabel = "N", defaultValue = "60",
            description = "Length of the generated talk (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "roughcut-bench",
            description = "Where the generated file goes; it is reused across runs (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Runs of each measurement; the fastest counts (default: ${DEFAULT-VALUE}).")
    int runs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FfmpegRunner ffmpeg = new FfmpegRunner(FfmpegTools.fromEnvironment());
        Files.createDirectories(dir);
        out.println("Generating (or reusing) the talk ...");
        out.flush();
        Path video = talk(ffmpeg);
        MediaInfo info = new MediaProbe(ffmpeg).probe(video);
        Recording recording = new Recording(video, info);
        WaveformReader reader = new WaveformReader(ffmpeg, LocalSettings.DEFAULT);
        RecordingProfile profile = new RecordingProfile(-70, -15);

        Waveform[] wave = new Waveform[1];
        double measure = fastest(() -> wave[0] = reader.read(recording, profile));
        // The same decode of the same stream, with nothing done with the samples.
        double decode = fastest(() -> ffmpeg.ffmpeg(List.of("-vn", "-i", video.toString(), "-map", "0:a:0",
                "-f", "null", "-"), Duration.ofHours(1)));
        Path kept = dir.resolve("waveform.json");
        Files.write(kept, JSON.writeValueAsBytes(wave[0]));
        double load = fastest(() -> JSON.writeValueAsBytes(JSON.readValue(Files.readAllBytes(kept), Waveform.class)));

        out.printf(Locale.ROOT, "%nTalk: %.0f s, %s %d Hz %d ch; waveform %d levels, %d silences, %.0f KB kept%n",
                info.durationSeconds(), info.audio().codec(), info.audio().sampleRate(), info.audio().channels(),
                wave[0].levels().length, wave[0].silences().size(), Files.size(kept) / 1024.0);
        out.printf(Locale.ROOT, "%n%-44s %9s %9s %8s %s%n", "measure", "ours (s)", "base (s)", "ratio", "target");
        out.printf(Locale.ROOT, "%-44s %9.3f %9.3f %8.2f %s%n", "measure once / bare audio decode", measure, decode,
                measure / decode, "<= 1.5");
        out.printf(Locale.ROOT, "%-44s %9.3f %9.3f %8.4f %s%n", "load when kept / measure once", load, measure,
                load / measure, "load < 1 s");
        out.printf(Locale.ROOT, "%nfastest of %d runs each%n", runs);
        out.flush();
        return 0;
    }

    /** A talk of small picture and real-recording sound (AAC, 48 kHz stereo): one minute encoded, then repeated. */
    private Path talk(FfmpegRunner ffmpeg) throws IOException {
        Path out = dir.resolve("waveform-talk-" + minutes + "min.mp4");
        if (Files.exists(out)) {
            return out;
        }
        Path piece = dir.resolve("waveform-piece.mp4");
        ffmpeg.ffmpeg(List.of("-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=60",
                "-f", "lavfi", "-i", "aevalsrc='0.003*(2*random(0)-1)+lt(mod(t,7),5)*0.3*sin(2*PI*180*t)"
                        + "*(0.55+0.45*sin(2*PI*0.7*t))|0.003*(2*random(1)-1)+lt(mod(t,7),5)*0.3*sin(2*PI*180*t)':"
                        + "s=48000:d=60",
                "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-b:a", "128k", "-shortest", piece.toString()), Duration.ofMinutes(10));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            lines.add("file '" + piece.getFileName() + "'");
        }
        Path list = dir.resolve("waveform-pieces.txt");
        Files.write(list, lines);
        Path partial = dir.resolve("waveform-partial.mp4");
        ffmpeg.ffmpeg(List.of("-f", "concat", "-safe", "0", "-i", list.toString(), "-c", "copy",
                "-movflags", "+faststart", partial.toString()), Duration.ofMinutes(30));
        Files.move(partial, out);
        Files.delete(list);
        Files.delete(piece);
        return out;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    private double fastest(Work work) throws IOException {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
