package org.gsi.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** The four lists of the taxonomy, with the path segment each has in the API. */
public enum TermKind {
    PRINCIPLE("principles"),
    PRIORITY_AREA("priority-areas"),
    DOMAIN("domains"),
    MECHANISM_KIND("mechanism-kinds");

    private final String path;

    TermKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<TermKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
