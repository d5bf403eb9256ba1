package org.gsi.concerns;

import java.time.Instant;

/**
 * A proposal touched a registered concern: its owner is to be notified and a consultation window is open until
 * {@code windowClosesAt}. The explanation says what matched.
 */
public record ConcernRaised(
        ConcernId concernId,
        ProposalRef proposal,
        String ownerParty,
        String explanation,
        Instant windowClosesAt,
        Instant at)
        implements ConcernEvent {}
