package org.gsi.concerns;

import java.util.List;

/** Whether the concerns raised on a proposal let it be activated, with the reasons when they do not. */
public record ActivationDecision(List<String> blockingReasons) {

    public ActivationDecision {
        blockingReasons = List.copyOf(blockingReasons);
    }

    public boolean allowed() {
        return blockingReasons.isEmpty();
    }
}
