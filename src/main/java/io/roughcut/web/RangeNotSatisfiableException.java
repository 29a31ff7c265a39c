package io.roughcut.web;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** A {@code Range} header outside the video, or more than one range; answered 416 with the video's size. */
final class RangeNotSatisfiableException extends RoughcutException {

    private final long size;

    RangeNotSatisfiableException(long size) {
        super(Fault.RANGE_NOT_SATISFIABLE, "The range asked for is not within the video, which is " + size
                + " bytes long. Ask for one range of bytes 0 to " + Math.max(0, size - 1) + ".");
        this.size = size;
    }

    /** The value of the answer's {@code Content-Range}, which says how long the video is. */
    String contentRange() {
        return "bytes */" + size;
    }
}
