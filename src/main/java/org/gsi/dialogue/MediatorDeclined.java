package org.gsi.dialogue;

import java.time.Instant;
import org.gsi.registry.PartyCode;

/** A party concerned declined the proposed mediator, with its reason; no appointment follows. */
public record MediatorDeclined(TrackId track, Mediator mediator, PartyCode declinedBy, String reason, Instant at)
        implements DialogueEvent {}
