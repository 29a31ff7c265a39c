package io.roughcut.media;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a timecode counts frames: {@code base} labels a second (30 for 29.97 fps), and drop-frame
 * timecode skips labels to stay near the clock. Drop frame exists only for the NTSC rates 29.97 and 59.94:
 * it skips the first 2 (or 4) labels of every minute except each tenth minute, and never skips a frame.
 * This is the one place that knows those rules; a label is only ever parsed when it comes from a file.
 * Immutable.
 */
public record TimecodeFormat(int base, boolean dropFrame) {

    private static final Pattern LABEL = Pattern.compile("(\\d{1,2})[:](\\d{2})[:](\\d{2})([:;.,])(\\d{2,3})");

    public TimecodeFormat {
        if (base <= 0) {
            throw new IllegalArgumentException("timecode base must be positive: " + base);
        }
        if (dropFrame && base % 30 != 0) {
            throw new IllegalArgumentException("drop-frame timecode needs a base of 30 or 60: " + base);
        }
    }

    /** Non-drop timecode at the rate's base; drop frame is only ever what a file says it uses. */
    public static TimecodeFormat nonDrop(FrameRate rate) {
        return new TimecodeFormat(rate.timecodeBase(), false);
    }

    /** Labels skipped at the start of a minute: 2 at 29.97, 4 at 59.94, none for non-drop. */
    private int dropped() {
        return dropFrame ? base / 15 : 0;
    }

    /** The label of a frame count, such as {@code 01:00:00:00} or, drop frame, {@code 01:00:00;00}. */
    public String label(long frame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame " + frame);
        }
        long labels = frame;
        int drop = dropped();
        if (drop > 0) {
            long perMinute = base * 60L - drop;
            long perTenMinutes = base * 600L - drop * 9L;
            long tens = frame / perTenMinutes;
            long rest = frame % perTenMinutes;
            labels += drop * 9L * tens + (rest > drop ? drop * ((rest - drop) / perMinute) : 0);
        }
        long seconds = labels / base;
        return String.format(Locale.ROOT, "%02d:%02d:%02d%s%02d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                dropFrame ? ";" : ":", labels % base);
    }

    /**
     * The frame count a file's timecode label stands for, counted in this format. A label whose separator
     * before the frames is {@code ;}, {@code ,} or {@code .} is drop frame, as SMPTE writes it, when this
     * format's base allows drop frame.
     */
    public static Optional<Start> parse(String label, FrameRate rate) {
        Matcher m = label == null ? null : LABEL.matcher(label.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int base = rate.timecodeBase();
        boolean drop = !m.group(4).equals(":") && rate.isNtsc() && base % 30 == 0;
        TimecodeFormat format = new TimecodeFormat(base, drop);
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int seconds = Integer.parseInt(m.group(3));
        int frames = Integer.parseInt(m.group(5));
        if (minutes > 59 || seconds > 59 || frames >= base) {
            return Optional.empty();
        }
        long totalMinutes = hours * 60L + minutes;
        long frame = (totalMinutes * 60 + seconds) * base + frames
                - format.dropped() * (totalMinutes - totalMinutes / 10);
        return frame < 0 ? Optional.empty() : Optional.of(new Start(frame, format));
    }

    /**
     * Where a recording's timecode starts: the label of its first frame as a frame count, and how it counts.
     *
     * @param frame frames since 00:00:00:00, counted at the format's base
     */
    public record Start(long frame, TimecodeFormat format) {

        public Start {
            if (frame < 0) {
                throw new IllegalArgumentException("timecode frame " + frame);
            }
        }

        public String label() {
            return format.label(frame);
        }
    }
}
