package io.roughcut.pipeline;

import io.roughcut.RoughcutException;

/**
 * A task's claim no longer holds its row: its heartbeat stopped long enough for another worker to take it
 * over. The task stops and its outputs are not counted; the new owner's run is the one that counts.
 */
public final class LeaseLostException extends RoughcutException {

    public LeaseLostException(Claim claim) {
        super("The claim on " + claim + " was taken over; its outputs are dropped.");
    }
}
