package org.gsi.earlywarning;

import java.util.Set;
import java.util.UUID;

/**
 * An import finished and changed the events of these country-months ({@code CAF:2020-05-01}); indicators are
 * already up to date when it is published.
 */
public record EventsImported(UUID jobId, EventSource source, Set<String> changedCountryMonths) {

    public EventsImported {
        changedCountryMonths = Set.copyOf(changedCountryMonths);
    }
}
