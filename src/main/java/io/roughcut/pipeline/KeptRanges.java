package io.roughcut.pipeline;

import io.roughcut.cutlist.CutList;
import io.roughcut.media.KeptRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a rendered cut video shows: the parts of the recording the review keeps, in seconds of the normalised
 * recording, in order. Immutable.
 */
public record KeptRanges(List<KeptRange> ranges) {

    public KeptRanges {
        ranges = List.copyOf(ranges);
    }

    /** The parts a reviewed cut list keeps: accepted cuts removed, rejected cuts and cuts still to review kept. */
    public static KeptRanges of(CutList reviewed) {
        return new KeptRanges(reviewed.keptRanges().stream().filter(r -> r.duration() > 0)
                .map(r -> new KeptRange(r.start(), r.end())).toList());
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Their total length in seconds. */
    public double seconds() {
        return ranges.stream().mapToDouble(r -> r.end() - r.start()).sum();
    }

    /**
     * A name for exactly these ranges, to the millisecond the cut list keeps: equal ranges give equal names,
     * so the blob of a render is found again, and any changed edge gives another.
     */
    public String hash() {
        StringBuilder text = new StringBuilder();
        ranges.forEach(r -> text.append(String.format(Locale.ROOT, "%.3f-%.3f;", r.start(), r.end())));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            // 80 bits: no two reviews of one job will ever meet, and the key stays short.
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
