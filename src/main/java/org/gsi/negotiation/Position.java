package org.gsi.negotiation;

import java.util.Objects;
import java.util.Optional;
import org.gsi.registry.PartyCode;

/** One party's stated position; reservations and objections carry their reason. */
public record Position(PartyCode party, Stance stance, String reasonText) {

    public Position {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(stance, "stance");
        reasonText = reasonText == null ? "" : reasonText.strip();
    }

    public Optional<String> reason() {
        return reasonText.isEmpty() ? Optional.empty() : Optional.of(reasonText);
    }
}
