package org.gsi.dialogue;

import java.util.List;
import java.util.Optional;
import org.gsi.platform.Visibility;

/**
 * A dialogue track as handed to other modules: what it is about, its parties concerned and who may read it.
 *
 * @param readers the parties who may read the track when it is not public (parties concerned, owner, mediator)
 */
public record TrackSummary(
        TrackId id,
        String subject,
        DialogueFormat format,
        List<String> partiesConcerned,
        Visibility visibility,
        String ownerParty,
        List<String> readers,
        Optional<String> mediator) {

    public TrackSummary {
        partiesConcerned = List.copyOf(partiesConcerned);
        readers = List.copyOf(readers);
    }
}
