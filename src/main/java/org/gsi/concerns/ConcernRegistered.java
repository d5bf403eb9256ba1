package org.gsi.concerns;

import java.time.Instant;

/** A party registered a security concern. */
public record ConcernRegistered(ConcernId concernId, String ownerParty, ConcernVisibility visibility, Instant at)
        implements ConcernEvent {}
