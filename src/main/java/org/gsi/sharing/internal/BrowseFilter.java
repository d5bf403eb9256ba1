package org.gsi.sharing.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Filters of the object browser; each optional. {@code from} and {@code to} bound the date added. */
public record BrowseFilter(
        Optional<String> type,
        Optional<Tlp> tlp,
        Optional<String> party,
        Optional<UUID> group,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<UUID> linkedTo) {

    public static BrowseFilter none() {
        return new BrowseFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
