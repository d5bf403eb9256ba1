package org.gsi.training;

import java.util.Objects;
import org.gsi.registry.PartyCode;

/** How many seats a country asks for, and whether it is an LDC or a SIDS (and so has priority). */
public record CountryDemand(PartyCode party, int requested, boolean priority) {

    public CountryDemand {
        Objects.requireNonNull(party, "party");
        if (requested < 0) {
            throw new IllegalArgumentException("Requested seats cannot be negative: " + requested);
        }
    }
}
