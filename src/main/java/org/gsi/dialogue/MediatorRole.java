package org.gsi.dialogue;

/** The third-party role proposed in a track. */
public enum MediatorRole {
    MEDIATOR,
    FACILITATOR,
    GOOD_OFFICES
}
