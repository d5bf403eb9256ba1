package org.gsi.negotiation.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.platform.CacheSpec;
import org.gsi.platform.SharedCaches;
import org.gsi.registry.PartyNamed;
import org.gsi.registry.Registry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Names of parties in a language, for the pages of texts with dozens of participants: looked up in the registry
 * once and kept until a party is registered or renamed (on any node), or for five minutes at most, so a page does
 * not read the registry once per participant.
 */
@Component
class PartyNames {

    static final String CACHE = "negotiation.party-names";

    private record Key(String code, String lang) {}

    private final Registry registry;
    private final SharedCaches caches;

    PartyNames(Registry registry, SharedCaches caches) {
        this.registry = registry;
        this.caches = caches;
    }

    @Bean
    static CacheSpec partyNamesCache() {
        return new CacheSpec(CACHE, 5_000, Duration.ofMinutes(5));
    }

    /** The name of each code in the language (the code itself for a party the registry does not know). */
    Map<String, String> of(List<String> codes, String lang) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String code : codes) {
            result.put(
                    code,
                    caches.get(
                            CACHE,
                            new Key(code, lang),
                            () -> registry.find(code).map(p -> p.name(lang)).orElse(code)));
        }
        return result;
    }

    @EventListener
    void on(PartyNamed named) {
        caches.evict(CACHE);
    }
}
