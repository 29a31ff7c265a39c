package io.roughcut.web;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;

/** Small generated recordings with known silences, for the service tests. */
public final class TestVideos {

    private TestVideos() {
    }

    /**
     * A talking-head stand-in: {@code seconds} of test picture and a 440 Hz tone that is silent from 2.0 to
     * 3.5 s, so exactly one pause is there to find. Keyframes every second, so 2 s chunks cut cleanly.
     */
    public static Path withOnePause(Path dir, double seconds) {
        return TestMedia.generate(dir.resolve("talk.mp4"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10",
                "-f", "lavfi", "-i", "aevalsrc='if(between(t,2,3.5),0,0.5*sin(2*PI*440*t))':s=16000",
                "-t", Double.toString(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-g", "10",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest");
    }

    /** The same picture with two pauses, 2.0-3.5 s and 5.0-6.5 s: two cuts, so one can be rejected and one kept. */
    public static Path withTwoPauses(Path dir, double seconds) {
        return TestMedia.generate(dir.resolve("two pauses.mp4"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10",
                "-f", "lavfi", "-i", "aevalsrc='if(between(t,2,3.5)+between(t,5,6.5),0,0.5*sin(2*PI*440*t))':s=16000",
                "-t", Double.toString(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-g", "10",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest");
    }
}
