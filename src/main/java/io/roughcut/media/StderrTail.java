package io.roughcut.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Keeps the last lines of a process's stderr, so memory stays flat however long FFmpeg talks. */
final class StderrTail {

    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    StderrTail(int capacity) {
        this.capacity = capacity;
    }

    void consume(InputStream stderr, Consumer<String> listener) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                listener.accept(line);
                synchronized (lines) {
                    if (lines.size() == capacity) {
                        lines.removeFirst();
                    }
                    lines.addLast(line);
                }
            }
        } catch (IOException e) {
            // The process died; what we kept is all there is.
        }
    }

    String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    String lastLine() {
        synchronized (lines) {
            for (var it = lines.descendingIterator(); it.hasNext(); ) {
                String line = it.next().trim();
                if (!line.isEmpty()) {
                    return line;
                }
            }
            return "(no message)";
        }
    }
}
