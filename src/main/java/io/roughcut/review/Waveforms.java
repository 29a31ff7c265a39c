package io.roughcut.review;

import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.analysis.local.Waveform;
import io.roughcut.analysis.local.WaveformReader;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.Jobs;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.FileTrees;
import io.roughcut.storage.LocalCopy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each finished job's {@link Waveform}, measured from its video the first time someone asks and kept in the
 * blob store as {@code jobs/{jobId}/waveform.json} (deleted with the job's other blobs), so that every later
 * look, an hour-long video's included, only reads a file of about 130 bytes per second of video. Two nodes
 * asking at once may both measure; they write the same blob. Thread-safe.
 */
@Component
public final class Waveforms {

    private final BlobStore blobs;
    private final Jobs jobs;
    private final Path scratchRoot;
    private final FfmpegRunner ffmpeg;
    private final WaveformReader reader;
    private final JsonMapper json;
    /** One measurement per job at a time in this process; others wait for it and then read its blob. */
    private final Map<UUID, Object> measuring = new ConcurrentHashMap<>();

    Waveforms(BlobStore blobs, Jobs jobs, FfmpegRunner ffmpeg, JsonMapper json, @Value("${roughcut.data-dir}") Path dataDir) {
        this.blobs = blobs;
        this.jobs = jobs;
        this.scratchRoot = dataDir.toAbsolutePath().normalize().resolve("scratch");
        this.ffmpeg = ffmpeg;
        // The service's local analyser runs at the default settings; the silences must be the ones it cut.
        this.reader = new WaveformReader(ffmpeg, LocalSettings.DEFAULT);
        this.json = json;
    }

    static String key(Job job) {
        return "jobs/" + job.id() + "/waveform.json";
    }

    /** The job's waveform, measured now if it never was. The job must have its video (a finished job does). */
    public Waveform of(Job job) {
        Waveform stored = stored(job);
        if (stored != null) {
            return stored;
        }
        synchronized (measuring.computeIfAbsent(job.id(), id -> new Object())) {
            try {
                stored = stored(job);
                return stored != null ? stored : measure(job);
            } finally {
                measuring.remove(job.id());
            }
        }
    }

    private Waveform stored(Job job) {
        String key = key(job);
        var size = blobs.size(key);
        if (size.isEmpty()) {
            return null;
        }
        try (InputStream in = blobs.get(key, 0, size.getAsLong())) {
            return json.readValue(in, Waveform.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Waveform measure(Job job) {
        // With a bucket this node downloads the video once; the measurement is kept, so never again.
        Path scratch = scratchRoot.resolve("waveform-" + job.id() + "-" + UUID.randomUUID());
        try (LocalCopy copy = blobs.fetch(jobs.mediaKey(job), scratch)) {
            Path video = copy.path();
            MediaInfo info = new MediaProbe(ffmpeg, Long.MAX_VALUE).probe(video);
            RecordingProfile profile = job.profile();
            Waveform waveform = reader.read(new Recording(video, info), profile);
            byte[] bytes = json.writeValueAsBytes(waveform);
            blobs.put(key(job), new ByteArrayInputStream(bytes), bytes.length);
            return waveform;
        } finally {
            try {
                FileTrees.delete(scratch);
            } catch (IOException e) {
                // A leftover copy in the scratch area is removed at the next start; nothing is lost.
            }
        }
    }
}
