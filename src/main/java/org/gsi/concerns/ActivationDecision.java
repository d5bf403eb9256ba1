package org.gsi.concerns;

import java.util.List;
import org.gsi.platform.Message;

/**
 * Whether the concerns raised on a proposal let it be activated, with the reasons when they do not (messages of the
 * bundles, put into words in the reader's language).
 */
public record ActivationDecision(List<Message> blockingReasons) {

    public ActivationDecision {
        blockingReasons = List.copyOf(blockingReasons);
    }

    public boolean allowed() {
        return blockingReasons.isEmpty();
    }
}
