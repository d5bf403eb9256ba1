package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.Position;
import org.gsi.negotiation.Tally;

/**
 * Decides whether a paragraph is agreed ad referendum: the text's rule is met on the paragraph
 * and, in every bracket, exactly one option is selected. An option is selectable when the rule is
 * met on it; when several are, the one with the warmest support wins, and a tie selects none.
 */
final class AgreementPolicy {

    private final DecisionRule rule;
    private final int participants;

    AgreementPolicy(DecisionRule rule, int participants) {
        this.rule = rule;
        this.participants = participants;
    }

    ParagraphStatus evaluate(Paragraph paragraph) {
        Tally tally = tally(paragraph.positions().values());
        List<Optional<OptionId>> chosen = new ArrayList<>(paragraph.groups().size());
        boolean allChosen = true;
        for (OptionGroup group : paragraph.groups()) {
            Optional<OptionId> option = choose(group);
            allChosen &= option.isPresent();
            chosen.add(option);
        }
        boolean agreed = allChosen && rule.isMetBy(tally);
        return new ParagraphStatus(paragraph.number(), tally, chosen, agreed);
    }

    Optional<OptionId> choose(OptionGroup group) {
        OptionId best = null;
        int bestWarmth = -1;
        boolean tied = false;
        for (AmendmentOption option : group.options()) {
            Collection<Position> positions = option.positions().values();
            if (!rule.isMetBy(tally(positions))) {
                continue;
            }
            int warmth = warmth(positions);
            if (warmth > bestWarmth) {
                best = option.id();
                bestWarmth = warmth;
                tied = false;
            } else if (warmth == bestWarmth) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(best);
    }

    Tally tally(Collection<Position> positions) {
        int[] counts = new int[5];
        for (Position position : positions) {
            counts[position.stance().ordinal()]++;
        }
        return Tally.of(participants, counts);
    }

    /** Endorse 4, support 3, can live with it 2, reservation 1, cannot accept 0. */
    private static int warmth(Collection<Position> positions) {
        int sum = 0;
        for (Position position : positions) {
            sum += 4 - position.stance().ordinal();
        }
        return sum;
    }

    /** The option selected in each bracket of the paragraph, in bracket order (where one is). */
    List<AmendmentOption> chosenOptions(Paragraph paragraph) {
        List<AmendmentOption> chosen = new ArrayList<>();
        for (Optional<OptionId> option : evaluate(paragraph).chosen()) {
            option.map(paragraph::optionNamed).ifPresent(chosen::add);
        }
        return chosen;
    }
}
