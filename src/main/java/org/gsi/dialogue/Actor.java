package org.gsi.dialogue;

import java.util.Objects;

/**
 * Who is acting: the party of the signed-in user and whether that user is the party's focal point.
 * Only a party's own focal point gives its consent, approval or report.
 */
public record Actor(PartyCode party, boolean focalPoint) {

    public Actor {
        Objects.requireNonNull(party, "acting party");
    }

    public static Actor focalPointOf(PartyCode party) {
        return new Actor(party, true);
    }

    public static Actor staffOf(PartyCode party) {
        return new Actor(party, false);
    }
}
