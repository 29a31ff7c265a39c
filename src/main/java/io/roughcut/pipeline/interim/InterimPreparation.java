package io.roughcut.pipeline.interim;

import io.roughcut.media.AudioStream;
import io.roughcut.media.Container;
import io.roughcut.media.CutChunk;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FrameRate;
import io.roughcut.media.InvalidMediaException;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.media.VideoStream;
import io.roughcut.pipeline.Prepared;
import io.roughcut.pipeline.Preparation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Probes with ffprobe, transcodes anything that is not MP4, and cuts fixed-length chunks by stream copy. */
public final class InterimPreparation implements Preparation {

    private final FfmpegRunner ffmpeg;
    private final double maxChunkSeconds;
    private final JsonMapper json = JsonMapper.builder().build();

    public InterimPreparation(FfmpegRunner ffmpeg, double maxChunkSeconds) {
        this.ffmpeg = ffmpeg;
        this.maxChunkSeconds = maxChunkSeconds;
    }

    @Override
    public Prepared prepare(Path source, Path workDir, DoubleConsumer progress) {
        MediaInfo info = probe(source);
        try {
            Files.createDirectories(workDir.resolve("chunks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaInfo normalized = info;
        String normalization = "none";
        if (info.container() != Container.MP4) {
            Path out = workDir.resolve("normalized.mp4");
            ffmpeg.ffmpeg(List.of("-i", source.toString(), "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
                    "-movflags", "+faststart", out.toString()), Duration.ofHours(3));
            normalized = probe(out);
            normalization = "transcode";
        }
        progress.accept(0.5);
        double total = normalized.durationSeconds();
        int count = Math.max(1, (int) Math.ceil(total / maxChunkSeconds - 1e-6));
        List<CutChunk> chunks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double start = i * maxChunkSeconds;
            double end = i == count - 1 ? total : Math.min(total, (i + 1) * maxChunkSeconds);
            Path file = workDir.resolve("chunks").resolve(String.format(Locale.ROOT, "chunk-%03d.mp4", i));
            ffmpeg.ffmpeg(List.of("-ss", fmt(start), "-i", normalized.file().toString(), "-t", fmt(end - start),
                    "-c", "copy", "-avoid_negative_ts", "make_zero", file.toString()), Duration.ofHours(1));
            long size = size(file);
            chunks.add(new CutChunk(new PlannedChunk(i, start, end, end, size), file, size));
        }
        progress.accept(1.0);
        return new Prepared(info, normalized, normalization, chunks);
    }

    @Override
    public MediaInfo probe(Path file) {
        String out;
        try {
            out = ffmpeg.ffprobe(List.of("-show_format", "-show_streams", "-of", "json", file.toString()),
                    Duration.ofMinutes(1)).stdout();
        } catch (RuntimeException e) {
            throw new InvalidMediaException("This file is not a video FFmpeg can read. Upload an MP4, MOV, MKV, "
                    + "WebM or AVI file.", e);
        }
        JsonNode root = json.readTree(out);
        JsonNode format = root.path("format");
        String formatName = format.path("format_name").asString("");
        Container container = containerOf(formatName, file);
        VideoStream video = null;
        AudioStream audio = null;
        for (JsonNode s : root.path("streams")) {
            String type = s.path("codec_type").asString("");
            if (type.equals("video") && video == null && !s.path("disposition").path("attached_pic").asBoolean(false)) {
                String[] rate = s.path("avg_frame_rate").asString("25/1").split("/");
                int num = parse(rate[0], 25);
                int den = rate.length > 1 ? parse(rate[1], 1) : 1;
                video = new VideoStream(s.path("codec_name").asString(""), s.path("width").asInt(),
                        s.path("height").asInt(), new FrameRate(num > 0 ? num : 25, den > 0 ? den : 1),
                        s.path("pix_fmt").asString(""));
            } else if (type.equals("audio") && audio == null) {
                audio = new AudioStream(s.path("codec_name").asString(""), parse(s.path("sample_rate").asString("0"), 0),
                        s.path("channels").asInt());
            }
        }
        if (video == null) {
            throw new InvalidMediaException("This file has no video stream. Upload a video file.");
        }
        double duration = Double.parseDouble(format.path("duration").asString("0"));
        return new MediaInfo(file, size(file), container, formatName, duration, parse(format.path("bit_rate").asString("0"), 0),
                video, audio);
    }

    private static Container containerOf(String formatName, Path file) {
        if (formatName.contains("matroska")) {
            return formatName.contains("webm") && file.toString().endsWith(".webm") ? Container.WEBM : Container.MKV;
        }
        if (formatName.contains("mp4")) {
            return Container.MP4;
        }
        for (String part : formatName.split(",")) {
            var c = Container.fromId(part);
            if (c.isPresent()) {
                return c.get();
            }
        }
        throw new InvalidMediaException("The container " + formatName + " is not supported. Upload an MP4, MOV, "
                + "MKV, WebM or AVI file.");
    }

    private static int parse(String s, int fallback) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
