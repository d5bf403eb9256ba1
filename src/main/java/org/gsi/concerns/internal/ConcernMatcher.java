package org.gsi.concerns.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.concerns.ProposalScope;

/**
 * Finds the registered concerns a proposal touches. Every facet a concern names must meet the proposal: its
 * domains, its geography (a shared country or a shared region), the parties it is about (one of them takes part)
 * and the kinds of activity. Facets a concern leaves empty do not restrict it. A party's own concerns are not
 * raised on its own proposals.
 */
public class ConcernMatcher {

    public List<ConcernMatch> matches(Collection<SecurityConcern> concerns, ProposalScope scope) {
        return concerns.stream()
                .filter(concern -> !concern.ownerParty().equals(scope.proposingParty()))
                .map(concern -> match(concern, scope))
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<ConcernMatch> match(SecurityConcern concern, ProposalScope scope) {
        List<String> matchedOn = new ArrayList<>();
        if (!facet(concern.domains(), scope.domains(), "domain", matchedOn)) {
            return Optional.empty();
        }
        if (concern.hasGeography() && !geography(concern, scope, matchedOn)) {
            return Optional.empty();
        }
        if (!facet(concern.concernedParties(), scope.participants(), "party", matchedOn)) {
            return Optional.empty();
        }
        if (!concern.activityKinds().isEmpty()) {
            if (scope.activityKind().filter(concern.activityKinds()::contains).isEmpty()) {
                return Optional.empty();
            }
            matchedOn.add("activity kind " + scope.activityKind().orElseThrow());
        }
        return Optional.of(new ConcernMatch(concern, matchedOn));
    }

    private static boolean geography(SecurityConcern concern, ProposalScope scope, List<String> matchedOn) {
        List<String> found = new ArrayList<>();
        describe(shared(concern.countries(), scope.countries()), "country", found);
        describe(shared(concern.regions(), scope.regions()), "region", found);
        matchedOn.addAll(found);
        return !found.isEmpty();
    }

    private static boolean facet(Set<String> wanted, Set<String> offered, String label, List<String> matchedOn) {
        if (wanted.isEmpty()) {
            return true;
        }
        Set<String> common = shared(wanted, offered);
        describe(common, label, matchedOn);
        return !common.isEmpty();
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> common = new TreeSet<>(a);
        common.retainAll(b);
        return common;
    }

    private static void describe(Set<String> values, String label, List<String> into) {
        if (!values.isEmpty()) {
            String plural = label.equals("country") ? "countries" : label + "s";
            into.add((values.size() == 1 ? label : plural) + " " + String.join(", ", values));
        }
    }
}
