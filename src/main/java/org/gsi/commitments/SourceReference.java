package org.gsi.commitments;

import java.util.Objects;

/** The meeting or document where a pledge was made, e.g. kind "meeting" with the meeting id. */
public record SourceReference(String kind, String reference) {

    public SourceReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }
}
