package org.gsi.cooperation.internal;

import java.util.List;
import org.gsi.platform.Message;

/** What the security concerns raised on a project say about activating it; blocked with reasons, or clear. */
public record ConcernClearance(List<Message> blockingReasons) {

    public ConcernClearance {
        blockingReasons = List.copyOf(blockingReasons);
    }

    public static ConcernClearance clear() {
        return new ConcernClearance(List.of());
    }

    public static ConcernClearance blocked(Message... reasons) {
        return new ConcernClearance(List.of(reasons));
    }

    public boolean isClear() {
        return blockingReasons.isEmpty();
    }
}
