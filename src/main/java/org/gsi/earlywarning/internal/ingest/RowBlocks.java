package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoded rows of one chunk, laid end to end in a few large arrays, each row after its length. A chunk waits
 * for its writer a second or two while the rows after it are read: held as one array per row, its tens of megabytes
 * were copied by every young collection in between; arrays of this size are placed apart from the young objects
 * and freed whole when the chunk is done, and a row is then a position in them.
 */
final class RowBlocks {

    /** Large enough to be allocated outside the young generation by G1 for heaps up to 16 GB. */
    static final int BLOCK = 4 << 20;

    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] current;
    private int used;

    /** Keeps the row; returns its position. */
    long append(byte[] row) {
        int needed = 4 + row.length;
        if (current == null || used + needed > current.length) {
            current = new byte[Math.max(BLOCK, needed)];
            blocks.add(current);
            used = 0;
        }
        int at = used;
        current[at] = (byte) (row.length >>> 24);
        current[at + 1] = (byte) (row.length >>> 16);
        current[at + 2] = (byte) (row.length >>> 8);
        current[at + 3] = (byte) row.length;
        System.arraycopy(row, 0, current, at + 4, row.length);
        used += needed;
        return ((long) (blocks.size() - 1) << 32) | at;
    }

    /** Writes the row kept at {@code position} into the stream. */
    void writeTo(BinaryCopy out, long position) throws IOException {
        byte[] block = blocks.get((int) (position >>> 32));
        int at = (int) position;
        out.encodedRow(block, at + 4, RowPreparer.int32(block, at));
    }

    /** The content hash of the row kept at {@code position} (see {@link RowPreparer#contentHash}). */
    String contentHash(long position) {
        byte[] block = blocks.get((int) (position >>> 32));
        int at = (int) position;
        return RowPreparer.contentHash(block, at + 4 + RowPreparer.int32(block, at));
    }
}
