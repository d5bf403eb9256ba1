package org.gsi.dialogue;

import java.time.Instant;

/** Every party concerned accepted: the mediator is appointed. */
public record MediatorAppointed(TrackId track, Mediator mediator, MediatorRole role, Instant at)
        implements DialogueEvent {}
