package io.roughcut.web;

import io.roughcut.RoughcutApplication;
import java.nio.file.Path;
import java.util.Arrays;

/** Starts the server in a child JVM, as {@code roughcut serve} would: port, data directory, extra properties. */
public final class ServeMain {

    private ServeMain() {
    }

    public static void main(String[] args) {
        RoughcutApplication.run(Integer.parseInt(args[0]), Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
    }
}
