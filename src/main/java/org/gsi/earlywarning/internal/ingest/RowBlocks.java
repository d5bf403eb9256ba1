package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The encoded rows of one chunk, laid end to end in a few large arrays, each row after its length. A chunk waits
 * for its writer a second or two while the rows after it are read: held as one array per row, its tens of megabytes
 * were copied by every young collection in between; arrays of this size are placed apart from the young objects
 * and freed whole when the chunk is done, and a row is then a position in them.
 */
final class RowBlocks {

    /** Large enough to be allocated outside the young generation by G1 for heaps up to 16 GB. */
    static final int BLOCK = 4 << 20;

    private final Pool pool;
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] current;
    private int used;

    /** Blocks of its own, not given back to anyone. */
    RowBlocks() {
        this(new Pool());
    }

    /** Blocks taken from {@code pool}, to be given back by {@link #release()} once the chunk is written. */
    RowBlocks(Pool pool) {
        this.pool = pool;
    }

    /** Keeps the row; returns its position. */
    long append(byte[] row) {
        return append(row, 0, row.length);
    }

    /** Keeps the row of {@code length} bytes from {@code from} in {@code b}; returns its position. */
    long append(byte[] b, int from, int length) {
        int needed = 4 + length;
        if (current == null || used + needed > current.length) {
            current = pool.take(needed);
            blocks.add(current);
            used = 0;
        }
        int at = used;
        current[at] = (byte) (length >>> 24);
        current[at + 1] = (byte) (length >>> 16);
        current[at + 2] = (byte) (length >>> 8);
        current[at + 3] = (byte) length;
        System.arraycopy(b, from, current, at + 4, length);
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

    /** Gives the blocks back to the pool: the chunk is written and its rows are not read again. */
    void release() {
        blocks.forEach(pool::giveBack);
        blocks.clear();
        current = null;
    }

    /**
     * The blocks of one import, passed from written chunks to the chunks after them. A new large array is where G1
     * counts the old generation as growing: an import that allocated a block for every 6,000 rows started a
     * concurrent collection cycle for about every chunk, and kept a collector thread busy for a third of the import.
     * Reused, the blocks are allocated while the first chunks are in flight and not again; the pool holds no more
     * than the chunks in flight did at most, and goes with its import.
     */
    static final class Pool {

        private final Queue<byte[]> free = new ConcurrentLinkedQueue<>();

        byte[] take(int needed) {
            if (needed <= BLOCK) {
                byte[] block = free.poll();
                if (block != null) {
                    return block;
                }
            }
            return new byte[Math.max(BLOCK, needed)];
        }

        /** Keeps a block of the standard size for the next chunk; a larger one (a single huge row) is let go. */
        void giveBack(byte[] block) {
            if (block.length == BLOCK) {
                free.add(block);
            }
        }
    }
}
