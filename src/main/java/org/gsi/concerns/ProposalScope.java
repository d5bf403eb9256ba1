package org.gsi.concerns;

import java.util.Optional;
import java.util.Set;

/**
 * What a proposal covers, for matching against concerns: its domains, countries and regions (the caller includes
 * the regions its countries belong to), the proposing and participating parties, and the kind of activity.
 */
public record ProposalScope(
        ProposalRef proposal,
        String proposingParty,
        Set<String> domains,
        Set<String> countries,
        Set<String> regions,
        Set<String> participants,
        Optional<String> activityKind) {

    public ProposalScope {
        domains = Set.copyOf(domains);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        participants = Set.copyOf(participants);
    }
}
