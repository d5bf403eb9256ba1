package org.gsi.negotiation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.TextStatus;
import org.gsi.platform.Visibility;

/** The head row of a negotiated text: who takes part, who may read it, and its version. */
record TextHead(
        UUID id,
        String title,
        String rule,
        BigDecimal threshold,
        String facilitator,
        List<String> participants,
        List<String> readers,
        Visibility visibility,
        String ownerParty,
        Optional<UUID> track,
        TextStatus status,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    TextHead {
        participants = List.copyOf(participants);
        readers = List.copyOf(readers);
    }

    DecisionRule decisionRule() {
        return RuleCodes.parse(rule, threshold);
    }

    boolean readableBy(String party) {
        return visibility.admits(party, ownerParty, readers);
    }
}
