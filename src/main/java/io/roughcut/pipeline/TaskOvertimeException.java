package io.roughcut.pipeline;

import io.roughcut.RoughcutException;
import java.time.Duration;

/** A task ran longer than its policy allows and was stopped; it is retried or fails like any other error. */
final class TaskOvertimeException extends RoughcutException {

    TaskOvertimeException(Claim claim, Duration limit, Throwable cause) {
        super(claim.task().type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " took longer than "
                + limit.toMinutes() + " minutes and was stopped.", cause);
    }
}
