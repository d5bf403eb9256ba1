package org.gsi.concerns.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gsi.concerns.ConcernId;
import org.gsi.concerns.ConcernVisibility;
import org.gsi.concerns.ProposalRef;
import org.gsi.concerns.ProposalScope;

final class ConcernFixtures {

    static final Instant T0 = Instant.parse("2025-06-02T08:00:00Z");

    private ConcernFixtures() {}

    static SecurityConcern concern(String owner, Set<String> domains, Set<String> countries, Set<String> regions) {
        return new SecurityConcern(
                ConcernId.newId(),
                owner,
                "Foreign cyber capacity on our networks",
                domains,
                countries,
                regions,
                Set.of(),
                Set.of(),
                ConcernVisibility.PUBLIC,
                T0);
    }

    static ProposalScope scope(String proposer, Set<String> domains, Set<String> countries, Set<String> parties) {
        return new ProposalScope(
                ProposalRef.project("p-1"), proposer, domains, countries, Set.of("143"), parties, Optional.empty());
    }
}
