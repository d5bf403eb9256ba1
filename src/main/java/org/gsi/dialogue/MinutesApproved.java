package org.gsi.dialogue;

import java.time.Instant;

/** Every party concerned approved the minutes of a session. */
public record MinutesApproved(TrackId track, int session, Instant at) implements DialogueEvent {}
