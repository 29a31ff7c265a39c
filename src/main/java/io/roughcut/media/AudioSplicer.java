package io.roughcut.media;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the sound to the kept parts, sample by sample, from the recording's decoded PCM (16-bit, interleaved)
 * as it streams by. Each part's length in samples is set so that the sound up to its end is the video up to
 * its end, rounded once: rounding never adds up, so after an hour and hundreds of cuts the sound is still
 * within a sample of the picture. At each cut the two sides are cross-faded over a few milliseconds, centred
 * on the cut, so a cut never clicks; the fade takes as much from each side as it gives, so no length changes.
 * Memory stays at two fades' worth of samples. Not thread-safe; one splice per instance.
 */
final class AudioSplicer {

    private static final int BUFFER = 1 << 16;

    /** One kept part: where it starts in the recording, and how long it is, in samples. */
    record Part(long start, long length) {
    }

    private final List<Part> parts;
    private final int channels;
    /** Half of each fade, in samples, for the join before part i (index 0 unused). */
    private final int[] halfFades;

    AudioSplicer(List<Part> parts, int channels, int halfFadeSamples) {
        this.parts = List.copyOf(parts);
        this.channels = channels;
        this.halfFades = new int[parts.size()];
        for (int i = 1; i < parts.size(); i++) {
            long gap = parts.get(i).start() - (parts.get(i - 1).start() + parts.get(i - 1).length());
            long limit = Math.min(gap / 2, Math.min(parts.get(i - 1).length() / 2, parts.get(i).length() / 2));
            halfFades[i] = (int) Math.max(0, Math.min(halfFadeSamples, limit));
        }
    }

    /**
     * The splice of a plan: one part per kept range (pieces up to one that a cut follows), its length the
     * video's length up to its end, rounded to samples.
     *
     * @param crossfadeSeconds the whole length of each fade
     */
    static AudioSplicer of(RenderPlan plan, int sampleRate, int channels, double crossfadeSeconds) {
        List<Part> parts = new ArrayList<>();
        double video = 0;
        double partStart = Double.NaN;
        double partVideoStart = 0;
        for (RenderPlan.Piece piece : plan.pieces()) {
            if (Double.isNaN(partStart)) {
                partStart = piece.start();
                partVideoStart = video;
            }
            video += piece.duration();
            if (piece.joinsAfter() || piece == plan.pieces().getLast()) {
                parts.add(new Part(Math.round(partStart * sampleRate),
                        Math.round(video * sampleRate) - Math.round(partVideoStart * sampleRate)));
                partStart = Double.NaN;
            }
        }
        return new AudioSplicer(parts, channels, (int) Math.round(crossfadeSeconds * sampleRate / 2));
    }

    /** The rendered sound's length in samples. */
    long length() {
        return parts.stream().mapToLong(Part::length).sum();
    }

    /** Reads the recording's PCM from {@code pcm} and writes the cut sound to {@code out}; past its end, silence. */
    void splice(InputStream pcm, OutputStream out) throws IOException {
        Frames in = new Frames(new BufferedInputStream(pcm, BUFFER), channels);
        OutputStream o = new BufferedOutputStream(out, BUFFER);
        short[] tail = new short[0];
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            int before = halfFades[i];
            int after = i + 1 < parts.size() ? halfFades[i + 1] : 0;
            in.skipTo(part.start() - before);
            if (before > 0) {
                short[] head = in.read(2 * before);
                writeFrames(o, crossfade(tail, head));
            }
            in.copy(part.length() - before - after, o);
            tail = after > 0 ? in.read(2 * after) : new short[0];
        }
        o.flush();
    }

    /** An equal-power fade from {@code from} to {@code to}, which hold the same number of frames. */
    private short[] crossfade(short[] from, short[] to) {
        short[] mixed = new short[to.length];
        int frames = to.length / channels;
        for (int f = 0; f < frames; f++) {
            double angle = (f + 0.5) / frames * Math.PI / 2;
            double out = Math.cos(angle);
            double in = Math.sin(angle);
            for (int c = 0; c < channels; c++) {
                int i = f * channels + c;
                long v = Math.round(from[i] * out + to[i] * in);
                mixed[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
            }
        }
        return mixed;
    }

    private static void writeFrames(OutputStream o, short[] samples) throws IOException {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        o.write(bytes);
    }

    /** The recording's sound as frames of {@code channels} little-endian samples, and where the reading is. */
    private static final class Frames {

        private final InputStream in;
        private final int frameBytes;
        private final byte[] buffer = new byte[BUFFER];
        private long position;
        private boolean ended;

        Frames(InputStream in, int channels) {
            this.in = in;
            this.frameBytes = 2 * channels;
        }

        void skipTo(long frame) throws IOException {
            long bytes = (frame - position) * frameBytes;
            while (bytes > 0 && !ended) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, bytes));
                if (n < 0) {
                    ended = true;
                } else {
                    bytes -= n;
                }
            }
            position = Math.max(position, frame);
        }

        short[] read(long frames) throws IOException {
            byte[] bytes = readBytes(frames * frameBytes);
            short[] samples = new short[bytes.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
            }
            return samples;
        }

        void copy(long frames, OutputStream out) throws IOException {
            long bytes = frames * frameBytes;
            while (bytes > 0) {
                int chunk = (int) Math.min(buffer.length, bytes);
                int n = ended ? -1 : in.readNBytes(buffer, 0, chunk);
                if (n < chunk) {
                    // Past the end of the recording's sound: silence, so the sound lasts as long as the picture.
                    java.util.Arrays.fill(buffer, Math.max(0, n), chunk, (byte) 0);
                    ended = true;
                }
                out.write(buffer, 0, chunk);
                bytes -= chunk;
            }
            position += frames;
        }

        private byte[] readBytes(long count) throws IOException {
            byte[] bytes = new byte[(int) count];
            int n = ended ? 0 : in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                ended = true;
            }
            position += count / frameBytes;
            return bytes;
        }
    }
}
