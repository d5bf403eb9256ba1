package org.gsi.platform;

import java.util.Optional;

/** Strong entity tags of versioned records: {@code "v7"} for version 7. */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** The version named by an {@code If-Match} header, if the header names one. */
    public static Optional<Long> fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.startsWith("v")) {
            throw new InvalidInputException("If-Match", Message.of("form.refused.ifMatch"));
        }
        try {
            return Optional.of(Long.parseLong(v.substring(1)));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", Message.of("form.refused.ifMatch"));
        }
    }

    /** Requires an {@code If-Match} naming the current version. */
    public static void check(String ifMatch, String recordType, String id, long currentVersion) {
        long expected = fromIfMatch(ifMatch)
                .orElseThrow(() -> new PreconditionRequiredException(Message.of("problem.detail.ifMatch")));
        if (expected != currentVersion) {
            throw new StaleVersionException(recordType, id, currentVersion);
        }
    }
}
