package org.gsi.negotiation.internal;

import java.util.List;
import java.util.Optional;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Tally;

/**
 * Where a paragraph stands: the tally of positions on it, the option the rule selects in each
 * bracket (empty while no single option meets the rule) and whether it is agreed ad referendum.
 */
record ParagraphStatus(ParagraphNumber paragraph, Tally tally, List<Optional<OptionId>> chosen, boolean agreed) {

    ParagraphStatus {
        chosen = List.copyOf(chosen);
    }

    int openBrackets() {
        return (int) chosen.stream().filter(Optional::isEmpty).count();
    }
}
