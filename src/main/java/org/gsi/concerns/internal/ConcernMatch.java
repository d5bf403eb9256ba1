package org.gsi.concerns.internal;

import java.util.List;
import org.gsi.platform.Message;

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

    /** The same in the reader's language: a message of the bundles naming each facet with its codes. */
    public Message words() {
        Message out = facet(matchedOn.get(0));
        for (int i = 1; i < matchedOn.size(); i++) {
            String join = i == matchedOn.size() - 1 ? "concerns.on.and" : "concerns.on.comma";
            out = Message.of(join, out, facet(matchedOn.get(i)));
        }
        return Message.of("concerns.matchedOn", out);
    }

    /** One entry as stored: the dimension and what matched, such as the domain cybersecurity or the countries KAZ and UZB. */
    private static Message facet(String entry) {
        String[][] labels = {
            {"activity kind ", "activityKind"},
            {"domains ", "domain"},
            {"domain ", "domain"},
            {"countries ", "country"},
            {"country ", "country"},
            {"regions ", "region"},
            {"region ", "region"},
            {"parties ", "party"},
            {"partys ", "party"},
            {"party ", "party"}
        };
        for (String[] label : labels) {
            if (entry.startsWith(label[0])) {
                String codes = entry.substring(label[0].length());
                return Message.of("concerns.on." + label[1], codes.split(", ").length, codes);
            }
        }
        return Message.of("concerns.on.other", entry);
    }
}
