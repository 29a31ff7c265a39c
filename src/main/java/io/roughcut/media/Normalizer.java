package io.roughcut.media;

import io.roughcut.ServerIoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Makes a probed recording an MP4 with H.264 or HEVC video and AAC or MP3 audio, doing as little as
 * possible: nothing, a remux, an audio re-encode, or a full transcode. Only the first video and first
 * audio stream are kept; subtitles, data streams and cover art are dropped. The output is faststart.
 * Thread-safe; concurrent calls need different work directories.
 */
public final class Normalizer {

    /** The fixed output name, so a rerun overwrites instead of piling up files. */
    public static final String OUTPUT_NAME = "normalized.mp4";

    private static final Set<String> MP4_VIDEO = Set.of("h264", "hevc");
    private static final Set<String> MP4_AUDIO = Set.of("aac", "mp3");

    private final FfmpegRunner runner;
    private final NormalizerSettings settings;

    public Normalizer(FfmpegRunner runner) {
        this(runner, NormalizerSettings.DEFAULT);
    }

    public Normalizer(FfmpegRunner runner, String x264Preset) {
        this(runner, new NormalizerSettings(x264Preset, NormalizerSettings.DEFAULT.timeout()));
    }

    public Normalizer(FfmpegRunner runner, NormalizerSettings settings) {
        this.runner = runner;
        this.settings = settings;
    }

    /** What {@link #normalize} will do with this source; cheap, runs nothing. */
    public static Normalization decide(MediaInfo source) {
        boolean videoFits = MP4_VIDEO.contains(source.video().codec());
        boolean audioFits = !source.hasAudio() || MP4_AUDIO.contains(source.audio().codec());
        if (!videoFits) {
            return Normalization.TRANSCODE;
        }
        if (!audioFits) {
            return Normalization.AUDIO_TRANSCODE;
        }
        return source.container() == Container.MP4 ? Normalization.AS_IS : Normalization.REMUX;
    }

    /**
     * @param progressFraction receives 0..1 as FFmpeg writes; not called for {@link Normalization#AS_IS}
     */
    public NormalizedMedia normalize(MediaInfo source, Path workDir, DoubleConsumer progressFraction) {
        Normalization normalization = decide(source);
        if (normalization == Normalization.AS_IS) {
            return new NormalizedMedia(source.file(), source, normalization);
        }
        Path out = workDir.resolve(OUTPUT_NAME);
        Path partial = workDir.resolve(OUTPUT_NAME + ".part");
        List<String> args = new ArrayList<>(List.of("-i", source.file().toString(), "-map", "0:v:0", "-map", "0:a:0?"));
        args.addAll(switch (normalization) {
            case AS_IS -> throw new IllegalStateException("handled above");
            case REMUX -> copyVideo(source, List.of("-c:a", "copy"));
            case AUDIO_TRANSCODE -> copyVideo(source, aac());
            case TRANSCODE -> transcode();
        });
        // -f because the .part name says nothing about the format; the rename makes the result appear whole.
        args.addAll(List.of("-movflags", "+faststart", "-max_muxing_queue_size", "9999", "-f", "mp4",
                partial.toString()));
        double duration = source.durationSeconds();
        try {
            Files.createDirectories(workDir);
            runner.ffmpeg(args, settings.timeout(),
                    seconds -> progressFraction.accept(Math.min(1.0, Math.max(0.0, seconds / duration))));
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw ServerIoException.of("writing the MP4 version of the video", e);
        } catch (RuntimeException e) {
            // A failed or stopped FFmpeg (a full disk, say) leaves a partial file that nothing else would remove.
            deleteQuietly(partial);
            throw e;
        }
        progressFraction.accept(1.0);
        // The output may be larger than the upload limit after a transcode; that limit is for uploads.
        MediaInfo info = new MediaProbe(runner, Long.MAX_VALUE).probe(out);
        return new NormalizedMedia(out, info, normalization);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The work directory goes with the job; this only saves its space sooner.
        }
    }

    private static List<String> copyVideo(MediaInfo source, List<String> audio) {
        List<String> args = new ArrayList<>(List.of("-c:v", "copy"));
        if (source.video().codec().equals("hevc")) {
            // Apple players only play HEVC in MP4 when the sample entry is tagged hvc1, not FFmpeg's hev1.
            args.addAll(List.of("-tag:v", "hvc1"));
        }
        args.addAll(audio);
        return args;
    }

    private List<String> transcode() {
        List<String> args = new ArrayList<>(List.of("-c:v", "libx264", "-preset", settings.x264Preset(), "-crf", "22",
                "-profile:v", "high", "-pix_fmt", "yuv420p",
                // yuv420p needs even dimensions; pad odd ones by one pixel instead of failing.
                "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"));
        args.addAll(aac());
        return args;
    }

    private static List<String> aac() {
        return List.of("-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2");
    }
}
