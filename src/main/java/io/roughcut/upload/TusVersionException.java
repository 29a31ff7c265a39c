package io.roughcut.upload;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** A tus request without {@code Tus-Resumable: 1.0.0}; answered 412 with the versions supported. */
public final class TusVersionException extends RoughcutException {

    public TusVersionException() {
        super(Fault.PRECONDITION_FAILED, "This server speaks tus 1.0.0; send Tus-Resumable: 1.0.0.");
    }

    @Override
    public String code() {
        return "tus_version";
    }
}
