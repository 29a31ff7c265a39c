package io.roughcut.media;

import java.util.Optional;

/** The container formats Roughcut accepts, recognised by content (ffprobe's format name), never by extension. */
public enum Container {
    MP4("mp4"), MOV("mov"), M4V("m4v"), MKV("mkv"), WEBM("webm"), AVI("avi");

    private final String id;

    Container(String id) {
        this.id = id;
    }

    /** The lower-case name used in results and messages. */
    public String id() {
        return id;
    }

    /** True for the ISO base media family, whose streams can be remuxed to MP4 without re-encoding. */
    public boolean isIsoBmff() {
        return this == MP4 || this == MOV || this == M4V;
    }

    public static Optional<Container> fromId(String id) {
        for (Container c : values()) {
            if (c.id.equalsIgnoreCase(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
