package org.gsi.concerns.internal;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.gsi.concerns.ConcernId;
import org.gsi.concerns.ConcernVisibility;
import org.gsi.concerns.InvalidConcernException;
import org.gsi.platform.Message;

/**
 * A legitimate security concern registered by a party: what worries it (text), in which security domains and
 * where, optionally which parties or kinds of activity it is about, and who may read it.
 */
public record SecurityConcern(
        ConcernId id,
        String ownerParty,
        String text,
        Set<String> domains,
        Set<String> countries,
        Set<String> regions,
        Set<String> concernedParties,
        Set<String> activityKinds,
        ConcernVisibility visibility,
        Instant registeredAt) {

    private static final Pattern PARTY = Pattern.compile("[A-Z]{3}|[a-z][a-z0-9-]{1,39}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public SecurityConcern {
        requireParty("ownerParty", ownerParty);
        if (text == null || text.isBlank()) {
            throw new InvalidConcernException("text", Message.of("concerns.refused.text"));
        }
        countries.forEach(country -> {
            if (!ISO3.matcher(country).matches()) {
                throw new InvalidConcernException("countries", Message.of("concerns.refused.country", country));
            }
        });
        concernedParties.forEach(party -> requireParty("concernedParties", party));
        if (domains.isEmpty() && countries.isEmpty() && regions.isEmpty() && concernedParties.isEmpty()) {
            throw new InvalidConcernException("domains", Message.of("concerns.refused.nothing"));
        }
        text = text.strip();
        domains = Set.copyOf(domains);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        concernedParties = Set.copyOf(concernedParties);
        activityKinds = Set.copyOf(activityKinds);
    }

    private static void requireParty(String field, String code) {
        if (code == null || !PARTY.matcher(code).matches()) {
            throw new InvalidConcernException(field, Message.of("registry.partyCode.invalid", String.valueOf(code)));
        }
    }

    boolean hasGeography() {
        return !countries.isEmpty() || !regions.isEmpty();
    }
}
