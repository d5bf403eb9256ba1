package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Position;
import org.gsi.negotiation.Stance;
import org.gsi.registry.PartyCode;

/**
 * The record of adoption: the decision, the rule applied, who declared it and when, and every
 * party's final position on every paragraph, reservations included.
 */
record Adoption(
        String decision, DecisionRule rule, PartyCode declaredBy, Instant adoptedAt, List<FinalPosition> positions) {

    Adoption {
        positions = List.copyOf(positions);
    }

    static Adoption of(
            String decision, DecisionRule rule, PartyCode declaredBy, Instant at, Collection<Paragraph> paragraphs) {
        List<FinalPosition> positions = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            paragraph.positions().values().stream()
                    .sorted(Comparator.comparing(Position::party))
                    .forEach(p -> positions.add(new FinalPosition(paragraph.number(), p)));
        }
        String recorded = decision == null || decision.isBlank() ? "Adopted by " + rule.describe() : decision.strip();
        return new Adoption(recorded, rule, declaredBy, at, positions);
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
