package io.roughcut.media;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Walks the boxes of an ISO media file held in memory (the {@code moov} box). Not thread-safe. */
final class Mp4Boxes {

    /** A box: its four-character type and where its content starts and ends in the buffer. */
    record Box(String type, int start, int end) {
    }

    private final ByteBuffer buffer;

    Mp4Boxes(ByteBuffer buffer) {
        this.buffer = buffer;
    }

    ByteBuffer buffer() {
        return buffer;
    }

    List<Box> children(int start, int end) {
        List<Box> boxes = new ArrayList<>();
        int position = start;
        while (position + 8 <= end) {
            long size = Integer.toUnsignedLong(buffer.getInt(position));
            String type = Mp4SampleTables.type(buffer.getInt(position + 4));
            int header = 8;
            if (size == 1) {
                size = buffer.getLong(position + 8);
                header = 16;
            } else if (size == 0) {
                size = end - position;
            }
            if (size < header || position + size > end) {
                throw new IllegalStateException("box " + type + " runs past its parent");
            }
            boxes.add(new Box(type, position + header, (int) (position + size)));
            position += (int) size;
        }
        return boxes;
    }

    List<Box> children(Box box) {
        return children(box.start(), box.end());
    }

    Box find(List<Box> boxes, String type) {
        for (Box box : boxes) {
            if (box.type().equals(type)) {
                return box;
            }
        }
        return null;
    }

    /** Follows a path of child types, such as mdia/minf/stbl; null when any step is missing. */
    Box path(Box from, String... types) {
        Box box = from;
        for (String type : types) {
            box = find(children(box), type);
            if (box == null) {
                return null;
            }
        }
        return box;
    }

    /** The timescale of an mvhd or mdhd box, which share their layout up to it. */
    long timescale(Box header) {
        int version = buffer.get(header.start()) & 0xFF;
        return Integer.toUnsignedLong(buffer.getInt(header.start() + (version == 1 ? 20 : 12)));
    }

    int version(Box fullBox) {
        return buffer.get(fullBox.start()) & 0xFF;
    }

    /** The n-th 32-bit word after a full box's version and flags. */
    int word(Box fullBox, int n) {
        return buffer.getInt(fullBox.start() + 4 + 4 * n);
    }
}
