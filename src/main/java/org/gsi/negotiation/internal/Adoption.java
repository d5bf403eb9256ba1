package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.List;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.PartyCode;
import org.gsi.negotiation.Position;
import org.gsi.negotiation.Stance;

/**
 * The record of adoption: the decision, the rule applied, who declared it and when, and every
 * party's final position on every paragraph, reservations included.
 */
record Adoption(
        String decision, DecisionRule rule, PartyCode declaredBy, Instant adoptedAt, List<FinalPosition> positions) {

    Adoption {
        positions = List.copyOf(positions);
    }

    /** A party's last stated position on a paragraph of the adopted text. */
    record FinalPosition(ParagraphNumber paragraph, Position position) {}

    List<FinalPosition> reservations() {
        return positions.stream()
                .filter(p -> p.position().stance() == Stance.RESERVATION)
                .toList();
    }

    List<FinalPosition> positionsOf(PartyCode party) {
        return positions.stream()
                .filter(p -> p.position().party().equals(party))
                .toList();
    }
}
