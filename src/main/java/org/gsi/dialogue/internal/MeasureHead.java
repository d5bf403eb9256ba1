package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.dialogue.CbmDimension;
import org.gsi.platform.Visibility;

/** A confidence-building measure's row; its reports are kept beside it. */
record MeasureHead(
        UUID id,
        Optional<UUID> track,
        Optional<String> catalogueCode,
        CbmDimension dimension,
        String title,
        List<String> implementing,
        LocalDate startsOn,
        LocalDate dueOn,
        MeasureStatus status,
        boolean overdueFlagged,
        Visibility visibility,
        String ownerParty,
        List<String> readers,
        boolean demo,
        long version,
        Instant createdAt) {

    MeasureHead {
        implementing = List.copyOf(implementing);
        readers = List.copyOf(readers);
    }

    boolean readableBy(String party) {
        return visibility.admits(party, ownerParty, readers);
    }
}
