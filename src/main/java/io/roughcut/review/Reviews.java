package io.roughcut.review;

import io.roughcut.analysis.Category;
import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutEdit;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import io.roughcut.cutlist.TimeRange;
import io.roughcut.cutlist.Timecode;
import io.roughcut.cutlist.UnknownCutException;
import io.roughcut.export.CutListJson;
import io.roughcut.pipeline.ResultAssembly;
import io.roughcut.pipeline.ResultRepository;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job's cut list as its reviewer leaves it: the analysis's result with the reviewer's edits and decisions
 * applied, and batches of {@link CutChange}s that change it, checked whole and saved in one transaction, so
 * a bulk decision or an undo is one request and never half done. Thread-safe.
 */
@Component
public final class Reviews {

    /** The most changes one batch may hold: every cut of a long recording, several times over. */
    public static final int MAX_CHANGES = 5000;

    private final ResultRepository results;
    private final ResultAssembly assembly;
    private final CutEditRepository edits;
    private final TransactionTemplate transaction;

    Reviews(ResultRepository results, ResultAssembly assembly, CutEditRepository edits, TransactionTemplate transaction) {
        this.results = results;
        this.assembly = assembly;
        this.edits = edits;
        this.transaction = transaction;
    }

    /** The job's result JSON as the reviewer left it, or empty while the analysis has no result yet. */
    public Optional<String> result(UUID jobId) {
        return results.find(jobId).map(json -> assembly.withReview(json, edits.edits(jobId), results.decisions(jobId)));
    }

    /**
     * Makes the changes, in order (a later change to the same cut wins), all of them or none.
     *
     * @return the cut list after the changes, or empty while the analysis has no result yet
     * @throws InvalidChangeException when a change is malformed or out of the recording
     * @throws UnknownCutException    when a change names a cut that neither the result nor the batch has
     */
    public Optional<CutList> change(UUID jobId, List<CutChange> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new InvalidChangeException("The request holds no changes: send {\"changes\": [...]} with at least one.");
        }
        if (changes.size() > MAX_CHANGES) {
            throw new InvalidChangeException("One request may change at most " + MAX_CHANGES + " cuts, not "
                    + changes.size() + ". Send the changes in several requests.");
        }
        Optional<String> raw = results.find(jobId);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        CutList analysis = CutListJson.read(raw.get());
        Map<String, CutEdit> stored = edits.edits(jobId).stream()
                .collect(Collectors.toMap(CutEdit::cutId, Function.identity()));
        Map<String, Decision> decided = new HashMap<>(results.decisions(jobId));
        Batch batch = new Batch(byId(analysis), byId(reviewed(raw.get(), stored, decided)), new LinkedHashMap<>(stored),
                analysis.source().durationSeconds());
        for (CutChange c : changes) {
            batch.add(c);
        }
        transaction.executeWithoutResult(status -> {
            batch.editWrites.forEach((id, edit) -> edit.ifPresentOrElse(e -> edits.save(jobId, e),
                    () -> edits.delete(jobId, id)));
            batch.decisionWrites.forEach((id, d) -> results.decide(jobId, id, d));
        });
        decided.putAll(batch.decisionWrites);
        return Optional.of(reviewed(raw.get(), batch.next, decided));
    }

    private CutList reviewed(String raw, Map<String, CutEdit> withEdits, Map<String, Decision> decisions) {
        return CutListJson.read(assembly.withReview(raw, withEdits.values(), decisions));
    }

    private static Map<String, Cut> byId(CutList list) {
        Map<String, Cut> cuts = new HashMap<>();
        list.segmentsToRemove().forEach(c -> cuts.put(c.id(), c));
        return cuts;
    }

    /** The checked state of one batch: what to write, and the edits once it is written. */
    private static final class Batch {

        private final Map<String, Cut> analysed;
        private final Map<String, Cut> present;
        private final Map<String, CutEdit> next;
        private final double duration;
        private final Map<String, Optional<CutEdit>> editWrites = new LinkedHashMap<>();
        private final Map<String, Decision> decisionWrites = new LinkedHashMap<>();

        Batch(Map<String, Cut> analysed, Map<String, Cut> present, Map<String, CutEdit> next, double duration) {
            this.analysed = analysed;
            this.present = present;
            this.next = next;
            this.duration = duration;
        }

        void add(CutChange c) {
            if (c == null || c.cutId() == null || !CutEdit.ID.matcher(c.cutId()).matches()) {
                throw new InvalidChangeException("Each change needs a \"cutId\" of 1 to 40 letters, digits, dots, "
                        + "dashes or underscores; one has " + (c == null ? "nothing" : quoted(c.cutId())) + ".");
            }
            String id = c.cutId();
            boolean moves = c.start() != null || c.end() != null;
            int kinds = (c.resets() ? 1 : 0) + (c.removes() ? 1 : 0) + (moves ? 1 : 0);
            if (kinds > 1) {
                throw new InvalidChangeException("The change to cut " + id + " asks for more than one of \"reset\", "
                        + "\"removed\" and a new \"start\" and \"end\". Send them as separate changes.");
            }
            if (kinds == 0 && c.decision() == null) {
                throw new InvalidChangeException("The change to cut " + id + " changes nothing. Give a \"decision\", "
                        + "a \"start\" and \"end\", \"removed\" or \"reset\".");
            }
            if ((c.category() != null || c.like() != null) && !(moves && !analysed.containsKey(id))) {
                throw new InvalidChangeException("\"category\" and \"like\" describe a new cut, with its \"start\" and "
                        + "\"end\"; cut " + id + " is " + (analysed.containsKey(id) ? "one the analysis found." : "not new."));
            }
            if (c.resets()) {
                next.remove(id);
                editWrites.put(id, Optional.empty());
            } else if (c.removes()) {
                CutEdit edit = next.get(id);
                if (edit == null && analysed.containsKey(id)) {
                    edit = CutEdit.adjusted(id, analysed.get(id).range());
                }
                // A cut the server never had (made and merged away while the page was saving) is gone already.
                if (edit != null) {
                    write(edit.withRemoved(true));
                }
            } else if (moves) {
                TimeRange range = range(c);
                CutEdit earlier = next.get(id);
                if (analysed.containsKey(id)) {
                    write(CutEdit.adjusted(id, range));
                } else if (earlier != null && earlier.added() != null) {
                    // The reviewer's cut again (moved, or back after a merge): it stays what it was made as.
                    CutEdit.AddedCut was = earlier.added();
                    CutEdit.AddedCut what = c.category() == null ? was
                            : new CutEdit.AddedCut(category(c.category()), was.reason(), was.confidence(), was.source());
                    write(CutEdit.added(id, range, what));
                } else {
                    write(CutEdit.added(id, range, what(c)));
                }
            }
            if (c.decision() != null) {
                if (!analysed.containsKey(id) && !next.containsKey(id)) {
                    throw new UnknownCutException(id);
                }
                decisionWrites.put(id, decision(c));
            }
        }

        private void write(CutEdit edit) {
            next.put(edit.cutId(), edit);
            editWrites.put(edit.cutId(), Optional.of(edit));
        }

        private TimeRange range(CutChange c) {
            String id = c.cutId();
            if (c.start() == null || c.end() == null || !Double.isFinite(c.start()) || !Double.isFinite(c.end())) {
                throw new InvalidChangeException("A new extent for cut " + id + " needs both \"start\" and \"end\", "
                        + "in seconds.");
            }
            double start = Timecode.roundMillis(c.start());
            double end = Timecode.roundMillis(Math.min(c.end(), duration));
            if (start < 0 || start >= duration) {
                throw new InvalidChangeException(String.format(Locale.ROOT, "Cut %s cannot start at %.3f s: the "
                        + "recording runs from 0 to %.3f s.", id, c.start(), duration));
            }
            if (!(end > start)) {
                throw new InvalidChangeException(String.format(Locale.ROOT, "Cut %s must end after it starts, not "
                        + "run from %.3f s to %.3f s.", id, c.start(), c.end()));
            }
            return new TimeRange(start, end);
        }

        /** What a new cut is: taken from the cut it is {@code like}, with its own category if it gives one. */
        private CutEdit.AddedCut what(CutChange c) {
            Cut model = c.like() == null ? null : present.get(c.like());
            if (model == null && c.category() == null) {
                if (c.like() != null) {
                    throw new UnknownCutException(c.like());
                }
                throw new InvalidChangeException("Cut " + c.cutId() + " is new: say what it is with a \"category\" "
                        + "or with \"like\", the id of a cut to take it from.");
            }
            if (model == null) {
                return CutEdit.AddedCut.byReviewer(category(c.category()));
            }
            CutEdit.AddedCut like = CutEdit.AddedCut.like(model);
            return c.category() == null ? like
                    : new CutEdit.AddedCut(category(c.category()), like.reason(), like.confidence(), like.source());
        }

        private static Category category(String id) {
            return Category.fromId(id).orElseThrow(() -> new InvalidChangeException("There is no category "
                    + quoted(id) + ". Categories: " + Arrays.stream(Category.values()).map(Category::id)
                    .collect(Collectors.joining(", ")) + "."));
        }

        private static Decision decision(CutChange c) {
            try {
                return Decision.fromId(c.decision());
            } catch (IllegalArgumentException e) {
                throw new InvalidChangeException("The decision for cut " + c.cutId() + " must be one of "
                        + Arrays.stream(Decision.values()).map(Decision::id).collect(Collectors.joining(", "))
                        + ", not " + quoted(c.decision()) + ".");
            }
        }

        private static String quoted(String s) {
            return s == null ? "none" : "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
        }
    }
}
