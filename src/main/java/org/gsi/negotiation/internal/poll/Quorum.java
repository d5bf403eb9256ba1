package org.gsi.negotiation.internal.poll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.gsi.platform.Message;

/** The share of member parties that must vote (abstaining counts) for a poll to decide. */
public record Quorum(BigDecimal share) {

    public Quorum {
        Objects.requireNonNull(share, "quorum share");
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new PollException(PollException.Reason.INVALID_POLL, Message.of("negotiation.refused.quorum", share));
        }
    }

    public static Quorum of(String share) {
        return new Quorum(new BigDecimal(share));
    }

    public int votesNeeded(int members) {
        return share.multiply(BigDecimal.valueOf(members))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }
}
