package io.roughcut.media;

import java.io.OutputStream;

/** Discards bytes; used to drain a pipe the caller no longer needs. */
final class OutputStreamSink extends OutputStream {

    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {
    }

    @Override
    public void write(byte[] b, int off, int len) {
    }
}
