package io.roughcut.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;

/**
 * Renders the cut video from the normalised MP4 and the kept ranges, re-encoding only what it must: whole
 * GOPs inside a kept range are copied packet for packet, so most of the file is never decoded, and only the
 * frames between a cut and the next keyframe (or the last keyframe and the cut) are re-encoded, with the
 * source's codec, profile, pixel format and B-frame delay so that the pieces join. The sound is decoded once
 * and cut to the sample by {@link AudioSplicer}, cross-faded at each cut, and encoded to AAC.
 *
 * <p>Each piece is written as MPEG-TS, whose Annex B stream carries its own parameter sets before every
 * keyframe: a re-encoded piece's differ from the copied ones', and an MP4 piece would keep only the
 * first file's. FFmpeg's concat demuxer joins the pieces at their exact frame durations and the result is
 * remuxed into a faststart MP4, written beside the target and moved into place.
 *
 * <p>This is plain Java for the command line and for a service task alike: one call, a progress callback from
 * 0 to 1, the pieces in a scratch directory beside the output that is removed afterwards. Thread-safe;
 * concurrent renders need different outputs.
 */
public final class SmartRenderer {

    /** Half a millisecond: far below a frame, far above the microsecond rounding of printed times. */
    private static final double HAIR = 0.0005;
    /** Shares of the work, for progress: copying a second costs a fraction of encoding one. */
    private static final double COPY_WEIGHT = 0.03;
    private static final double AUDIO_WEIGHT = 0.05;

    private final FfmpegRunner runner;
    private final RenderSettings settings;
    private final RenderPlanner planner = new RenderPlanner();

    public SmartRenderer(FfmpegRunner runner) {
        this(runner, RenderSettings.DEFAULT);
    }

    public SmartRenderer(FfmpegRunner runner, RenderSettings settings) {
        this.runner = runner;
        this.settings = settings;
    }

    /** What {@link #render} would do, without doing it: reads the MP4's index, decodes nothing. */
    public RenderPlan plan(Path video, List<KeptRange> kept) {
        return plan(video, kept, RenderedStreams.probe(runner, video));
    }

    private RenderPlan plan(Path video, List<KeptRange> kept, RenderedStreams streams) {
        FrameTable frames = FrameTable.read(runner, video);
        RenderPlan plan = planner.plan(frames, kept, streams.sampleRate(), streams.copyable());
        if (plan.pieces().isEmpty()) {
            throw new RenderException("Every part of " + video.getFileName() + " is cut, so there is no video to"
                    + " render. Reject some cuts and render again.");
        }
        return plan;
    }

    /**
     * Writes the video with everything outside {@code kept} removed to {@code output}.
     *
     * @param video    the normalised MP4 (H.264 or HEVC, with AAC or MP3 sound or none)
     * @param kept     the ranges to keep, in order, not overlapping
     * @param progress receives 0..1 as the work gets done, from any thread
     * @return the plan that was rendered
     * @throws RenderException when nothing is kept or FFmpeg fails
     */
    public RenderPlan render(Path video, List<KeptRange> kept, Path output, DoubleConsumer progress) {
        RenderedStreams streams = RenderedStreams.probe(runner, video);
        RenderPlan plan = plan(video, kept, streams);
        Path target = output.toAbsolutePath();
        Path work = createWorkDirectory(target);
        try {
            Work done = new Work(plan, streams, progress);
            progress.accept(0);
            List<Path> pieces = renderPieces(video, plan, streams, work, done);
            Path sound = done.audio == null ? null : await(done.audio, null);
            Path partial = work.resolve("rendered.mp4");
            join(plan, streams, pieces, sound, work, partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.accept(1);
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    /** Progress across the pieces, which finish on several threads, and the sound's task. */
    private static final class Work {
        final double total;
        final DoubleConsumer progress;
        double finished;
        Future<Path> audio;

        Work(RenderPlan plan, RenderedStreams streams, DoubleConsumer progress) {
            this.progress = progress;
            this.total = plan.encodedSeconds() + plan.copiedSeconds() * COPY_WEIGHT
                    + (streams.hasAudio() ? plan.durationSeconds() * AUDIO_WEIGHT : 0) + plan.durationSeconds() * COPY_WEIGHT;
        }

        /** Synchronized so that the fractions reported never go back. */
        synchronized void add(double units) {
            finished += units;
            progress.accept(Math.min(0.99, finished / total));
        }
    }

    private List<Path> renderPieces(Path video, RenderPlan plan, RenderedStreams streams, Path work, Work done) {
        try (ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism(), Thread.ofVirtual().factory())) {
            if (streams.hasAudio()) {
                // The sound is one long run; started first, it overlaps the pieces.
                done.audio = pool.submit(() -> {
                    Path sound = renderSound(video, plan, streams, work);
                    done.add(plan.durationSeconds() * AUDIO_WEIGHT);
                    return sound;
                });
            }
            List<Future<Path>> futures = new ArrayList<>();
            for (int i = 0; i < plan.pieces().size(); i++) {
                RenderPlan.Piece piece = plan.pieces().get(i);
                Path file = work.resolve(String.format(Locale.ROOT, "piece_%05d.ts", i));
                futures.add(pool.submit(() -> {
                    renderPiece(video, piece, streams, file);
                    done.add(piece.kind() == RenderPlan.Kind.COPY ? piece.duration() * COPY_WEIGHT : piece.duration());
                    return file;
                }));
            }
            List<Path> files = new ArrayList<>();
            for (Future<Path> future : futures) {
                files.add(await(future, pool));
            }
            if (done.audio != null) {
                await(done.audio, pool);
            }
            return files;
        }
    }

    private void renderPiece(Path video, RenderPlan.Piece piece, RenderedStreams streams, Path file) {
        List<String> args = new ArrayList<>();
        switch (piece.kind()) {
            case COPY -> {
                // Input seeking lands on the keyframe itself, as the chunk cutter's; packets are then copied in
                // decode order up to the next keyframe's decode time, which keeps its B-frames out.
                args.addAll(List.of("-seek_timestamp", "1", "-ss", seconds(piece.start()), "-i", video.toString()));
                if (Double.isFinite(piece.copyUntil())) {
                    args.addAll(List.of("-t", seconds(piece.copyUntil() - piece.start() - HAIR)));
                }
                args.addAll(List.of("-map", "0:v:0", "-c", "copy"));
            }
            case ENCODE -> {
                // Seek to the keyframe the piece decodes from, keep the file's own times (-copyts) and pick the
                // piece's frames by those times; then it starts at 0 like any other piece.
                args.addAll(List.of("-seek_timestamp", "1", "-noaccurate_seek", "-ss", seconds(piece.decodeFrom() + HAIR),
                        "-copyts",
                        "-i", video.toString(), "-map", "0:v:0",
                        "-vf", "trim=start=" + seconds(piece.start() - HAIR) + ":end=" + seconds(piece.end() - HAIR)
                                + ",setpts=PTS-STARTPTS",
                        "-fps_mode", "passthrough", "-enc_time_base", "demux"));
                args.addAll(streams.encoderArgs(settings));
            }
        }
        args.addAll(List.of("-an", "-sn", "-dn", "-f", "mpegts", file.toString()));
        try {
            runner.ffmpeg(args, settings.timeout());
        } catch (FfmpegException e) {
            throw new RenderException(String.format(Locale.ROOT, "Rendering the part from %.3f s to %.3f s failed: %s",
                    piece.start(), piece.end(), e.getMessage()), e);
        }
    }

    /** Decodes the sound once, cuts it with {@link AudioSplicer} on the way, and encodes it to AAC. */
    private Path renderSound(Path video, RenderPlan plan, RenderedStreams streams, Path work) {
        Path sound = work.resolve("sound.m4a");
        String rate = String.valueOf(streams.sampleRate());
        String channels = String.valueOf(streams.channels());
        AudioSplicer splicer = AudioSplicer.of(plan, streams.sampleRate(), streams.channels(),
                settings.crossfadeSeconds());
        // The file's own times (-copyts, as the frame times are), and first_pts=0 pads or trims the start, so
        // sample n is at n / rate seconds on the video's clock; async fills any gap in the sound's timestamps
        // with silence instead of shifting what follows.
        List<String> decode = List.of("-v", "error", "-copyts", "-i", video.toString(), "-map", "0:a:0", "-vn",
                "-af", "aresample=async=1:first_pts=0", "-ac", channels, "-ar", rate, "-f", "s16le", "pipe:1");
        List<String> encode = List.of("-f", "s16le", "-ar", rate, "-ac", channels, "-i", "pipe:0",
                "-c:a", "aac", "-b:a", settings.audioBitrate(), "-f", "mp4", sound.toString());
        try {
            runner.ffmpegStream(decode, settings.timeout(), pcm -> {
                runner.ffmpegFromStdin(encode, settings.timeout(), out -> splicer.splice(pcm, out), seconds -> { });
                return sound;
            });
        } catch (FfmpegException e) {
            throw new RenderException("Rendering the sound failed: " + e.getMessage(), e);
        }
        return sound;
    }

    /** Joins the pieces at their exact durations and remuxes them, with the sound, into a faststart MP4. */
    private void join(RenderPlan plan, RenderedStreams streams, List<Path> pieces, Path sound, Path work, Path out)
            throws IOException {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            list.add("file '" + pieces.get(i).getFileName() + "'");
            list.add("duration " + seconds(plan.pieces().get(i).duration()));
        }
        Path concat = Files.write(work.resolve("pieces.txt"), list);
        List<String> args = new ArrayList<>(List.of("-f", "concat", "-i", concat.toString()));
        if (sound != null) {
            args.addAll(List.of("-i", sound.toString()));
        }
        args.addAll(List.of("-map", "0:v:0"));
        if (sound != null) {
            args.addAll(List.of("-map", "1:a:0"));
        }
        args.addAll(List.of("-c", "copy", "-video_track_timescale", String.valueOf(streams.timescale()),
                "-movflags", "+faststart", "-f", "mp4", out.toString()));
        try {
            runner.ffmpeg(args, settings.timeout());
        } catch (FfmpegException e) {
            throw new RenderException("Joining the rendered parts failed: " + e.getMessage(), e);
        }
    }

    private static <T> T await(Future<T> future, ExecutorService pool) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            if (pool != null) {
                pool.shutdownNow();
            }
            Thread.currentThread().interrupt();
            throw new RenderException("Rendering was stopped because the work was cancelled.", e);
        } catch (ExecutionException e) {
            // The other pieces are pointless now; interrupting them makes the runner kill their FFmpeg.
            if (pool != null) {
                pool.shutdownNow();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RenderException("Rendering failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Path createWorkDirectory(Path target) {
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, ".roughcut-render-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a scratch directory beside " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /** The scratch directory is flat: pieces, their list, the sound and the partial output. */
    private static void delete(Path work) {
        try (var files = Files.list(work)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(work);
        } catch (IOException e) {
            // Scratch pieces left behind waste space but break nothing; the next render makes its own directory.
        }
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
