package io.roughcut.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.bytedeco.javacpp.Loader;

/** The executables inside the org.bytedeco jar, unpacked to {@code ~/.javacpp/cache} on first use (about 0.7 s). */
final class BundledFfmpeg {

    private static final String PULSE_STUB = "native/linux-x86_64/libpulse.so.0";

    private BundledFfmpeg() {
    }

    static Path ffmpeg() {
        return load(org.bytedeco.ffmpeg.ffmpeg.class);
    }

    static Path ffprobe() {
        return load(org.bytedeco.ffmpeg.ffprobe.class);
    }

    /**
     * The library path for the bundled executables in {@code bundleDir}. Two things are put before what the
     * environment has:
     * <ul>
     * <li>The bundled FFmpeg links libpulse.so.0, which machines without PulseAudio lack; the loader would
     * then refuse to start it. A stand-in with the same name (src/main/native/pulse-stub) comes first. Its
     * functions are never called, since Roughcut uses no audio devices.</li>
     * <li>The bundle's own directory. The executables find their direct libraries through their
     * {@code $ORIGIN} RUNPATH, but a RUNPATH is not inherited: libavutil's own needs (libva.so.2 and
     * libva-drm.so.2, which the bundle ships and fresh machines lack) are looked up on the library path.</li>
     * </ul>
     */
    static Map<String, String> environment(Map<String, String> env, Path bundleDir) {
        if (!Loader.getPlatform().equals("linux-x86_64")) {
            return Map.of();
        }
        String ours = pulseStubDirectory() + ":" + bundleDir;
        String existing = env.get("LD_LIBRARY_PATH");
        return Map.of("LD_LIBRARY_PATH", existing == null || existing.isBlank() ? ours : ours + ":" + existing);
    }

    private static synchronized Path pulseStubDirectory() {
        try {
            Path dir = Loader.getCacheDir().toPath().resolve("roughcut-pulse-stub");
            Path stub = dir.resolve("libpulse.so.0");
            try (InputStream in = BundledFfmpeg.class.getResourceAsStream(PULSE_STUB)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + PULSE_STUB);
                }
                byte[] bytes = in.readAllBytes();
                if (!Files.exists(stub) || Files.size(stub) != bytes.length) {
                    Files.createDirectories(dir);
                    Path partial = Files.createTempFile(dir, "libpulse", ".part");
                    Files.write(partial, bytes);
                    Files.move(partial, stub, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PulseAudio stand-in for the bundled FFmpeg", e);
        }
    }

    private static Path load(Class<?> executable) {
        try {
            if (Loader.getPlatform().equals("linux-x86_64")) {
                // Loading the executables also loads JavaCPP's JNI wrappers into this JVM, and the one for
                // libavdevice links libpulse.so.0 too. With the stand-in loaded first, the dynamic loader finds
                // a library of that name already there instead of refusing the wrapper.
                System.load(pulseStubDirectory().resolve("libpulse.so.0").toString());
            }
            return Path.of(Loader.load(executable));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            throw new FfmpegException("The bundled FFmpeg does not run on this platform ("
                    + Loader.getPlatform() + "). Install FFmpeg and set FFMPEG_PATH and FFPROBE_PATH.", e);
        }
    }
}
