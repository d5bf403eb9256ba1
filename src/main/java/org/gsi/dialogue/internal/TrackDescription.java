package org.gsi.dialogue.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gsi.dialogue.DialogueFormat;
import org.gsi.dialogue.TrackId;
import org.gsi.platform.Message;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;

/**
 * What a track is about and among whom. A bilateral consultation has exactly two parties concerned,
 * any other format at least two. Confidential to the parties concerned unless said otherwise.
 */
record TrackDescription(
        TrackId id,
        String subject,
        Set<PartyCode> partiesConcerned,
        DialogueFormat format,
        Optional<String> relatedTo,
        Visibility visibility) {

    TrackDescription {
        Objects.requireNonNull(id, "track id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(relatedTo, "related situation or project");
        Objects.requireNonNull(visibility, "visibility");
        if (subject == null || subject.isBlank()) {
            throw new InvalidTrackException(Message.of("dialogue.refused.subject"));
        }
        subject = subject.strip();
        partiesConcerned = Set.copyOf(partiesConcerned);
        if (format == DialogueFormat.BILATERAL_CONSULTATION && partiesConcerned.size() != 2) {
            throw new InvalidTrackException(Message.of("dialogue.refused.bilateral", partiesConcerned.size()));
        }
        if (partiesConcerned.size() < 2) {
            throw new InvalidTrackException(Message.of("dialogue.refused.twoParties"));
        }
    }

    static TrackDescription confidential(String subject, Set<PartyCode> parties, DialogueFormat format) {
        return new TrackDescription(
                TrackId.random(), subject, parties, format, Optional.empty(), Visibility.PARTICIPANTS);
    }
}
