package org.gsi.earlywarning.internal.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a row's text, hex encoded; one instance per import thread (the digest is reused). */
final class ContentHasher {

    private final MessageDigest digest;

    ContentHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    String hash(String rawRow) {
        return HexFormat.of().formatHex(digest.digest(rawRow.getBytes(StandardCharsets.UTF_8)));
    }
}
