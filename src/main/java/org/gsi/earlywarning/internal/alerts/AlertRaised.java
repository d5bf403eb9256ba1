package org.gsi.earlywarning.internal.alerts;

import java.util.Objects;
import java.util.UUID;

/** A rule raised a new alert, now stored; its subscribers are still to be told. */
public record AlertRaised(UUID alert) {

    public AlertRaised {
        Objects.requireNonNull(alert, "alert");
    }
}
