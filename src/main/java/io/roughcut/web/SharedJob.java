package io.roughcut.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.roughcut.cutlist.CutList;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A job seen through its share link. Immutable.
 *
 * @param results the cut list with its owner's decisions; absent while the job is still running, or when it failed
 */
@Schema(name = "SharedJob")
public record SharedJob(JobStatus status, @JsonInclude(JsonInclude.Include.NON_NULL) CutList results) {
}
