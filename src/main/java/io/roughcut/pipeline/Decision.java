package io.roughcut.pipeline;

/** What the person decided about one proposed cut. Exports leave rejected cuts out. */
public enum Decision {
    ACCEPTED, REJECTED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
