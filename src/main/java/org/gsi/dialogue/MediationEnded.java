package org.gsi.dialogue;

import java.time.Instant;
import org.gsi.registry.PartyCode;

/** A party withdrew its consent, or the mediator stepped down: the role ended on the record. */
public record MediationEnded(TrackId track, Mediator mediator, PartyCode endedBy, String reason, Instant at)
        implements DialogueEvent {}
