package org.gsi.dialogue.internal;

import java.util.Objects;
import org.gsi.registry.PartyCode;

/**
 * Who is acting: the party of the signed-in user and whether that user is the party's focal point.
 * Only a party's own focal point gives its consent, approval or report.
 */
public record Delegate(PartyCode party, boolean focalPoint) {

    public Delegate {
        Objects.requireNonNull(party, "acting party");
    }

    public static Delegate focalPointOf(PartyCode party) {
        return new Delegate(party, true);
    }

    public static Delegate staffOf(PartyCode party) {
        return new Delegate(party, false);
    }
}
