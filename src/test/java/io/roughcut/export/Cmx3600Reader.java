package io.roughcut.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CMX3600 reader written for the tests, apart from the exporter and its helpers: it knows the format's
 * header, event lines and comments, and turns timecode labels back into frame numbers with its own
 * non-drop and drop-frame arithmetic.
 */
final class Cmx3600Reader {

    /** One event; timecodes are frame numbers, out points exclusive as CMX3600 has them. */
    record Event(int number, String reel, String channels, String transition, long sourceIn, long sourceOut,
                 long recordIn, long recordOut, List<String> comments) {
    }

    record Edl(String title, boolean dropFrame, List<Event> events) {
    }

    private static final String TC = "(\\d\\d):(\\d\\d):(\\d\\d)([:;])(\\d\\d)";
    private static final Pattern EVENT = Pattern.compile(
            "(\\d{3,6}) +(\\S{1,8}) +(V|A|A2|AA|B|AA/V|A/V|A2/V|V/A) +(C|D|W\\d{3}|K B?) +(?:\\d{3} +)?"
                    + TC + " " + TC + " " + TC + " " + TC + " *");

    private Cmx3600Reader() {
    }

    /** Reads an EDL whose timecode counts {@code base} frames a second; fails on any line it does not know. */
    static Edl read(String text, int base) {
        String title = null;
        Boolean drop = null;
        List<Event> events = new ArrayList<>();
        for (String line : text.split("\r\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("TITLE: ")) {
                title = line.substring(7);
            } else if (line.equals("FCM: NON-DROP FRAME") || line.equals("FCM: DROP FRAME")) {
                drop = line.equals("FCM: DROP FRAME");
            } else if (line.startsWith("* ")) {
                if (!events.isEmpty()) {
                    events.getLast().comments().add(line.substring(2));
                }
            } else {
                Matcher m = EVENT.matcher(line);
                if (!m.matches()) {
                    throw new AssertionError("not a CMX3600 line: " + line);
                }
                if (drop == null) {
                    throw new AssertionError("an event before the FCM line: " + line);
                }
                long[] tc = new long[4];
                for (int i = 0; i < 4; i++) {
                    int g = 5 + i * 5;
                    boolean semicolon = m.group(g + 3).equals(";");
                    if (semicolon != drop) {
                        throw new AssertionError("timecode separator disagrees with the FCM line: " + line);
                    }
                    tc[i] = frames(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                            Integer.parseInt(m.group(g + 2)), Integer.parseInt(m.group(g + 4)), base, drop);
                }
                events.add(new Event(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4).strip(), tc[0],
                        tc[1], tc[2], tc[3], new ArrayList<>()));
            }
        }
        return new Edl(title, Boolean.TRUE.equals(drop), events);
    }

    /**
     * SMPTE 12M counting: non-drop labels count {@code base} frames a second; drop-frame labels (29.97 and
     * 59.94) skip the first {@code base / 15} labels of each minute that is not a multiple of ten.
     */
    static long frames(int hours, int minutes, int seconds, int frames, int base, boolean drop) {
        if (frames >= base || seconds > 59 || minutes > 59) {
            throw new AssertionError("impossible timecode " + hours + ":" + minutes + ":" + seconds + ":" + frames);
        }
        long minutesTotal = hours * 60L + minutes;
        long labels = ((minutesTotal * 60) + seconds) * base + frames;
        if (!drop) {
            return labels;
        }
        int skipped = base / 15;
        if (seconds == 0 && frames < skipped && minutes % 10 != 0) {
            throw new AssertionError("a drop-frame label that does not exist: " + hours + ":" + minutes + ":00;" + frames);
        }
        return labels - skipped * (minutesTotal - minutesTotal / 10);
    }
}
