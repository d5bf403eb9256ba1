package org.gsi.dialogue;

import java.time.Instant;
import java.util.Set;
import org.gsi.registry.PartyCode;

/** A mediator was proposed; every party concerned is asked for consent. */
public record MediatorProposed(
        TrackId track, Mediator mediator, MediatorRole role, PartyCode proposedBy, Set<PartyCode> asked, Instant at)
        implements DialogueEvent {}
