package org.gsi.negotiation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Names of parties in a language, for the pages of texts with dozens of participants: looked up in the registry
 * once and kept for a few minutes, so a page does not read the registry once per participant.
 */
@Component
class PartyNames {

    private static final Duration KEPT = Duration.ofMinutes(5);

    private record Name(String text, Instant readAt) {}

    private final Registry registry;
    private final Map<String, Name> names = new ConcurrentHashMap<>();

    PartyNames(Registry registry) {
        this.registry = registry;
    }

    /** The name of each code in the language (the code itself for a party the registry does not know). */
    Map<String, String> of(List<String> codes, String lang) {
        Instant now = Instant.now();
        Map<String, String> result = new LinkedHashMap<>();
        for (String code : codes) {
            String key = code + '/' + lang;
            Name name = names.get(key);
            if (name == null || name.readAt().plus(KEPT).isBefore(now)) {
                name = new Name(registry.find(code).map(p -> p.name(lang)).orElse(code), now);
                names.put(key, name);
            }
            result.put(code, name.text());
        }
        return result;
    }
}
