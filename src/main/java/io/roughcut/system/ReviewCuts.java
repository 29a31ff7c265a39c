package io.roughcut.system;

import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code --review-cuts}: what the command line does with the cuts an analysis proposed for review, since no
 * one reviews them there. Keeping them leaves them in the result, marked, and out of exports and renders.
 */
enum ReviewCuts {
    KEEP, ACCEPT, REJECT;

    /** The result with every cut in review decided as chosen, and the summary recomputed. */
    CutList apply(CutList cutList) {
        Decision decision = switch (this) {
            case KEEP -> null;
            case ACCEPT -> Decision.ACCEPTED;
            case REJECT -> Decision.REJECTED;
        };
        CutList out = cutList;
        if (decision != null) {
            for (Cut cut : cutList.segmentsToRemove()) {
                if (cut.decision() == Decision.REVIEW) {
                    out = out.withDecision(cut.id(), decision);
                }
            }
        }
        return out;
    }

    /** Reads keep, accept or reject. */
    static final class Converter implements CommandLine.ITypeConverter<ReviewCuts> {
        @Override
        public ReviewCuts convert(String value) {
            for (ReviewCuts choice : values()) {
                if (choice.name().equalsIgnoreCase(value.strip())) {
                    return choice;
                }
            }
            throw new CommandLine.TypeConversionException("--review-cuts must be keep, accept or reject, not '"
                    + value + "'");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
