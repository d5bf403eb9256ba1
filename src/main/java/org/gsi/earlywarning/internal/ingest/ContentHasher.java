package org.gsi.earlywarning.internal.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a row's UTF-8 text, hex encoded; one instance per import thread (the digest and buffers are reused, as
 * a file's rows are hashed one after another).
 */
final class ContentHasher {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest digest;
    private byte[] ascii = new byte[1024];
    private final byte[] hex = new byte[64];

    ContentHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    String hash(String rawRow) {
        update(rawRow);
        byte[] sum = digest.digest();
        for (int i = 0; i < sum.length; i++) {
            hex[2 * i] = HEX[(sum[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[sum[i] & 0xF];
        }
        return new String(hex, StandardCharsets.US_ASCII);
    }

    /** Digests the row's UTF-8 bytes: an ASCII row (most are) through the reused buffer, any other one encoded. */
    private void update(String row) {
        int length = row.length();
        if (ascii.length < length) {
            ascii = new byte[Math.max(length, 2 * ascii.length)];
        }
        for (int i = 0; i < length; i++) {
            char c = row.charAt(i);
            if (c >= 0x80) {
                digest.update(row.getBytes(StandardCharsets.UTF_8));
                return;
            }
            ascii[i] = (byte) c;
        }
        digest.update(ascii, 0, length);
    }
}
