package org.gsi.dialogue.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.dialogue.DialogueFormat;
import org.gsi.platform.Visibility;

/** The head row of a dialogue track: what it is about, who may read it, and its version. */
record TrackHead(
        UUID id,
        String subject,
        DialogueFormat format,
        List<String> parties,
        Optional<String> relatedTo,
        Visibility visibility,
        String ownerParty,
        List<String> readers,
        Optional<String> mediator,
        boolean demo,
        long version,
        Instant openedAt,
        Instant updatedAt) {

    TrackHead {
        parties = List.copyOf(parties);
        readers = List.copyOf(readers);
    }

    boolean readableBy(String party) {
        return visibility.admits(party, ownerParty, readers);
    }
}
