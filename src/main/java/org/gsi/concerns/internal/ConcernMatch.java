package org.gsi.concerns.internal;

import java.util.List;

/** A concern a proposal touches, and on what: each entry reads like "domain cybersecurity" or "country KAZ". */
public record ConcernMatch(SecurityConcern concern, List<String> matchedOn) {

    public ConcernMatch {
        matchedOn = List.copyOf(matchedOn);
    }

    /** For example "matched on domain cybersecurity and country KAZ". */
    public String explanation() {
        if (matchedOn.size() == 1) {
            return "matched on " + matchedOn.get(0);
        }
        String head = String.join(", ", matchedOn.subList(0, matchedOn.size() - 1));
        return "matched on " + head + " and " + matchedOn.get(matchedOn.size() - 1);
    }
}
