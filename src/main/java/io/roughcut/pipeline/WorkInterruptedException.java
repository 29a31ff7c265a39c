package io.roughcut.pipeline;

import io.roughcut.RoughcutException;

/** A task whose every try ended with the process that ran it: it is not tried again. */
final class WorkInterruptedException extends RoughcutException {

    WorkInterruptedException(int tries) {
        super("The work was interrupted " + tries + " times, each time because the process running it stopped. "
                + "Upload the video again; if it happens again, the server's log says why the process stopped.");
    }
}
