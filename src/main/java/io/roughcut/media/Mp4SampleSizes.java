package io.roughcut.media;

import java.nio.ByteBuffer;
import java.util.List;

/** Reads sample sizes (stsz, stz2) and sample positions (stsc with stco or co64) of one track. */
final class Mp4SampleSizes {

    private Mp4SampleSizes() {
    }

    static long[] sizes(Mp4Boxes boxes, List<Mp4Boxes.Box> tables) {
        Mp4Boxes.Box stsz = boxes.find(tables, "stsz");
        if (stsz != null) {
            long fixed = Integer.toUnsignedLong(boxes.word(stsz, 0));
            int count = boxes.word(stsz, 1);
            long[] sizes = new long[count];
            for (int i = 0; i < count; i++) {
                sizes[i] = fixed != 0 ? fixed : Integer.toUnsignedLong(boxes.word(stsz, 2 + i));
            }
            return sizes;
        }
        Mp4Boxes.Box stz2 = boxes.find(tables, "stz2");
        if (stz2 == null) {
            throw new IllegalStateException("no sample size table");
        }
        ByteBuffer b = boxes.buffer();
        int fieldBits = boxes.word(stz2, 0) & 0xFF;
        int count = boxes.word(stz2, 1);
        int first = stz2.start() + 12;
        long[] sizes = new long[count];
        for (int i = 0; i < count; i++) {
            sizes[i] = switch (fieldBits) {
                case 4 -> (b.get(first + i / 2) >> (i % 2 == 0 ? 4 : 0)) & 0x0F;
                case 8 -> b.get(first + i) & 0xFF;
                case 16 -> b.getShort(first + 2 * i) & 0xFFFF;
                default -> throw new IllegalStateException("stz2 field size " + fieldBits);
            };
        }
        return sizes;
    }

    /** The file offset just past the track's last byte, from its chunk offsets and samples per chunk. */
    static long dataEnd(Mp4Boxes boxes, List<Mp4Boxes.Box> tables, long[] sizes) {
        long[] chunkOffsets = chunkOffsets(boxes, tables);
        Mp4Boxes.Box stsc = boxes.find(tables, "stsc");
        if (stsc == null) {
            throw new IllegalStateException("no stsc");
        }
        int entries = boxes.word(stsc, 0);
        long end = 0;
        int sample = 0;
        for (int e = 0; e < entries; e++) {
            int firstChunk = boxes.word(stsc, 1 + 3 * e);
            int perChunk = boxes.word(stsc, 2 + 3 * e);
            int nextFirst = e + 1 < entries ? boxes.word(stsc, 1 + 3 * (e + 1)) : chunkOffsets.length + 1;
            for (int chunk = firstChunk; chunk < nextFirst && chunk <= chunkOffsets.length; chunk++) {
                long position = chunkOffsets[chunk - 1];
                for (int n = 0; n < perChunk && sample < sizes.length; n++) {
                    position += sizes[sample++];
                }
                end = Math.max(end, position);
            }
        }
        if (sample != sizes.length) {
            throw new IllegalStateException("stsc places " + sample + " of " + sizes.length + " samples");
        }
        return end;
    }

    private static long[] chunkOffsets(Mp4Boxes boxes, List<Mp4Boxes.Box> tables) {
        Mp4Boxes.Box stco = boxes.find(tables, "stco");
        Mp4Boxes.Box co64 = boxes.find(tables, "co64");
        Mp4Boxes.Box table = stco != null ? stco : co64;
        if (table == null) {
            throw new IllegalStateException("no chunk offsets");
        }
        int count = boxes.word(table, 0);
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = stco != null ? Integer.toUnsignedLong(boxes.word(table, 1 + i))
                    : boxes.buffer().getLong(table.start() + 8 + 8 * i);
        }
        return offsets;
    }
}
