package org.gsi.meetings.internal;

/** A mechanism's meetings (delegations of invited members) or a forum (open also to registered participants). */
enum SeriesKind {
    MECHANISM,
    FORUM
}
