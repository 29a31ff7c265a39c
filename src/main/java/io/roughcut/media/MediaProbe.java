package io.roughcut.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a file is a video Roughcut can work with and describes it. The container is recognised by
 * content (ffprobe's format name and the ISO brand), never by the file name. Each way a file can be
 * unusable raises its own {@link InvalidMediaException} subclass. Thread-safe.
 */
public final class MediaProbe {

    /** The brief's upload limit: 5 GiB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024 * 1024;

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FfmpegRunner runner;
    private final long maxBytes;

    public MediaProbe(FfmpegRunner runner) {
        this(runner, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file accepted, in bytes */
    public MediaProbe(FfmpegRunner runner, long maxBytes) {
        this.runner = runner;
        this.maxBytes = maxBytes;
    }

    public MediaInfo probe(Path file) {
        return probe(file, file.getFileName().toString(), file.toString());
    }

    /**
     * Probes {@code file}, naming it {@code name} in every message: a service passes the name the person
     * uploaded, so no message shows the staging file's id or path.
     */
    public MediaInfo probe(Path file, String name) {
        return probe(file, name, name);
    }

    /** @param where how to name the file when it cannot be found: its whole path, for a person's own file */
    private MediaInfo probe(Path file, String name, String where) {
        long size = checkFile(file, name, where);
        JsonNode root = ffprobe(file, name);
        JsonNode format = root.path("format");
        String formatName = format.path("format_name").asString("");
        JsonNode video = firstStream(root, "video");
        JsonNode audio = firstStream(root, "audio");
        Container container = ProbedContainer.detect(formatName, format.path("tags").path("major_brand").asString(""),
                        video, audio)
                .orElseThrow(() -> new UnsupportedMediaException(name + " is not a supported video ("
                        + describe(formatName) + "). Upload an MP4, MOV, M4V, MKV, WEBM or AVI video."));
        if (video == null) {
            throw new UnsupportedMediaException(name + " has no video stream (it looks like audio only)."
                    + " Upload a video recording.");
        }
        double duration = ProbedContainer.number(format.path("duration"), 0);
        if (duration <= 0) {
            duration = ProbedContainer.number(video.path("duration"), 0);
        }
        if (duration <= 0) {
            throw new CorruptMediaException(name + " has no readable duration; it may be damaged or"
                    + " still being written. Re-export or re-upload the recording.");
        }
        if (container == Container.AVI) {
            // ffprobe measures a truncated AVI by the data that is there; its header still counts every frame.
            // The longer of the two is the length the file claims, which RecordingNotes compares with what is there.
            VideoStream stream = ProbedContainer.videoStream(video);
            double frames = ProbedContainer.number(video.path("nb_frames"), 0);
            duration = Math.max(duration, frames * stream.frameRate().denominator() / stream.frameRate().numerator());
        }
        if (container.isIsoBmff()) {
            requireReadableTail(file, name, duration);
        }
        VideoStream videoStream = ProbedContainer.videoStream(video);
        List<AudioStream> audioStreams = new ArrayList<>();
        for (JsonNode stream : streams(root, "audio")) {
            audioStreams.add(ProbedContainer.audioStream(stream));
        }
        return new MediaInfo(file, size, container, formatName, duration,
                (long) ProbedContainer.number(format.path("bit_rate"), 0), videoStream,
                audioStreams.isEmpty() ? null : audioStreams.getFirst(), audioStreams,
                ProbedContainer.startTimecode(root, videoStream.editRate()).orElse(null));
    }

    private long checkFile(Path file, String name, String where) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableMediaException(where + " does not exist or is not a file. Check the path.");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableMediaException(where + " cannot be read (no permission). Check its permissions.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableMediaException(where + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new EmptyMediaException(name + " is empty (0 bytes). The upload or export may have"
                    + " failed; try again with the complete file.");
        }
        if (size > maxBytes) {
            throw new MediaTooLargeException(name + " is " + size + " bytes, more than the limit of "
                    + maxBytes + " bytes. Split the recording or export it at a lower bitrate.");
        }
        return size;
    }

    private JsonNode ffprobe(Path file, String name) {
        try {
            String json = runner.ffprobe(List.of("-show_format", "-show_streams", "-of", "json", file.toString()),
                    TIMEOUT).stdout();
            return JSON.readTree(json);
        } catch (FfmpegException e) {
            // ffprobe blames the container it guessed from the extension ("moov atom not found" for a text
            // file named .mp4), so the file's own first bytes decide between corrupt and unsupported.
            if (ProbedContainer.hasKnownSignature(file)) {
                throw new CorruptMediaException(name + " looks like a video but cannot be read ("
                        + e.getMessage().replace(file.toString(), name) + "). It may be truncated or damaged; re-export or re-upload it.", e);
            }
            throw new UnsupportedMediaException(name + " is not a video file Roughcut can read."
                    + " Upload an MP4, MOV, M4V, MKV, WEBM or AVI video.", e);
        }
    }

    /**
     * An MP4 whose index (moov) comes first but whose data was cut off still probes cleanly. Its sample
     * tables say where the data should end, which settles it without reading any media. When the tables
     * are beyond our parser (fragments, extra tracks), ffprobe reads the last second and reports the
     * missing packets as a "partial file"; the mov demuxer seeks there through its index, so that reads
     * from the last keyframe on, not the whole file.
     */
    private void requireReadableTail(Path file, String name, double duration) {
        boolean complete = Mp4SampleTables.isComplete(file).orElseGet(() -> tailIsReadable(file, duration));
        if (!complete) {
            throw new CorruptMediaException(name + " is truncated: its last part is missing, so it"
                    + " cannot be played to the end. Upload the complete file.");
        }
    }

    private boolean tailIsReadable(Path file, double duration) {
        String from = String.format(Locale.ROOT, "%.3f", Math.max(0, duration - 1.0));
        try {
            FfmpegResult tail = runner.ffprobe(List.of("-read_intervals", from, "-show_entries", "packet=pts_time",
                    "-of", "csv=p=0", file.toString()), TIMEOUT);
            return !tail.stdout().isBlank() && !tail.stderrTail().contains("partial file");
        } catch (FfmpegException e) {
            return false;
        }
    }

    private static JsonNode firstStream(JsonNode root, String type) {
        List<JsonNode> streams = streams(root, type);
        return streams.isEmpty() ? null : streams.getFirst();
    }

    /** The streams of a type in file order, without cover pictures, which ffprobe lists as video. */
    private static List<JsonNode> streams(JsonNode root, String type) {
        List<JsonNode> streams = new ArrayList<>();
        for (JsonNode stream : root.path("streams")) {
            boolean cover = stream.path("disposition").path("attached_pic").asInt(0) == 1;
            if (type.equals(stream.path("codec_type").asString("")) && !cover) {
                streams.add(stream);
            }
        }
        return streams;
    }

    private static String describe(String formatName) {
        return formatName.isEmpty() ? "unknown format" : "format " + formatName;
    }

    static boolean startsWith(Path file, byte[] expected, int offset) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(offset + expected.length);
            if (head.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if (head[offset + i] != expected[i]) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
