package org.gsi.dialogue;

import java.util.Optional;

/** Dialogue tracks as other modules use them. */
public interface Dialogues {

    /** A track as {@code readerParty} may see it ("" for an anonymous reader); empty when absent or not visible. */
    Optional<TrackSummary> find(TrackId track, String readerParty);
}
