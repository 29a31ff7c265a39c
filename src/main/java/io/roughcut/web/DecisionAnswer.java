package io.roughcut.web;

import io.roughcut.cutlist.Decision;
import io.swagger.v3.oas.annotations.media.Schema;

/** A cut's decision as saved. Immutable. */
@Schema(name = "SavedDecision")
public record DecisionAnswer(@Schema(example = "s-0007") String segmentId, Decision decision) {
}
