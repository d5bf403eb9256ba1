package org.gsi.earlywarning.internal.ingest;

import java.util.Arrays;

/**
 * The keys of one file with the line each was first seen on, to tell a key that comes twice and which events of a
 * period the file holds. Kept compact, as a file may have millions of rows: whole-number keys that come in rising
 * order (GDELT numbers its events so, and sorted UCDP and ACLED files too) take one slot of a sorted array each;
 * any other key is kept as a 64-bit hash in an open-addressing table. Two different keys of one file share a hash
 * with a chance of about n²/2⁶⁵ (under one in 300,000 for ten million keys).
 */
final class FileKeys {

    private long[] rising = new long[1024];
    private int[] risingLines = new int[1024];
    private int risingCount;

    private long[] hashes = new long[1024];
    private int[] hashLines = new int[1024];
    private int hashCount;

    /** Records the key seen on {@code line}; returns the line it was first seen on, or 0 when it is new. */
    long add(String key, long line) {
        int at = (int) Math.min(line, Integer.MAX_VALUE);
        long number = wholeNumber(key);
        if (number >= 0 && (risingCount == 0 || number > rising[risingCount - 1])) {
            // a whole number in the hash table is never above the rising array's last, so this one is new
            appendRising(number, at);
            return 0;
        }
        long earlier = number >= 0 ? risingLine(number) : 0;
        if (earlier > 0) {
            return earlier;
        }
        return putHash(hash(key), at);
    }

    /** Whether the file held the key. */
    boolean contains(String key) {
        long number = wholeNumber(key);
        return (number >= 0 && risingLine(number) > 0) || (hashCount > 0 && hashLine(hash(key)) > 0);
    }

    long size() {
        return (long) risingCount + hashCount;
    }

    private void appendRising(long number, int line) {
        if (risingCount == rising.length) {
            rising = Arrays.copyOf(rising, rising.length * 2);
            risingLines = Arrays.copyOf(risingLines, risingLines.length * 2);
        }
        rising[risingCount] = number;
        risingLines[risingCount++] = line;
    }

    private long risingLine(long number) {
        int i = Arrays.binarySearch(rising, 0, risingCount, number);
        return i >= 0 ? risingLines[i] : 0;
    }

    private long hashLine(long hash) {
        int mask = hashes.length - 1;
        for (int i = (int) hash & mask; hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return hashLines[i];
            }
        }
        return 0;
    }

    private long putHash(long hash, int line) {
        int mask = hashes.length - 1;
        int i = (int) hash & mask;
        for (; hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return hashLines[i];
            }
        }
        hashes[i] = hash;
        hashLines[i] = line;
        if (++hashCount * 4 > hashes.length * 3) {
            grow();
        }
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = hashLines;
        hashes = new long[oldHashes.length * 2];
        hashLines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != 0) {
                int i = (int) oldHashes[j] & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                hashLines[i] = oldLines[j];
            }
        }
    }

    /** The key as a whole number when it is written as one (no sign, no leading zero, 18 digits at most), or -1. */
    static long wholeNumber(String key) {
        int n = key.length();
        if (n == 0 || n > 18 || (key.charAt(0) == '0' && n > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** FNV-1a over the key's characters, then a 64-bit finaliser; never 0, which marks an empty slot. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
