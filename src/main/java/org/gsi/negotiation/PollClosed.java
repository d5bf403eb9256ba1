package org.gsi.negotiation;

import java.time.Instant;
import java.util.Optional;

/** A poll was closed and its outcome recorded. */
public record PollClosed(PollId poll, PollResult result, Optional<String> winner, int votes, Instant closedAt) {}
