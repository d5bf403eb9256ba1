package org.gsi.registry.internal;

import java.util.Set;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Answers beneficiary rules from the registry. LDC, LLDC and SIDS come from the M49 flags. A country
 * or area is <b>developing</b> unless it lies in one of the M49 "developed regions": Europe (150),
 * Northern America (021), Australia and New Zealand (053), or is Japan.
 */
@Component
class RegistryPartyAttributes implements PartyAttributes {

    static final Set<String> DEVELOPED_REGIONS = Set.of("150");
    static final Set<String> DEVELOPED_SUBREGIONS = Set.of("021", "053");
    static final Set<String> DEVELOPED_COUNTRIES = Set.of("JPN");

    private final Registry registry;

    RegistryPartyAttributes(Registry registry) {
        this.registry = registry;
    }

    @Override
    public boolean isIn(PartyCode party, CountryGroup group) {
        return registry.find(party.value())
                .filter(PartySummary::isCountry)
                .map(p -> switch (group) {
                    case LEAST_DEVELOPED -> p.ldc();
                    case LANDLOCKED_DEVELOPING -> p.lldc();
                    case SMALL_ISLAND_DEVELOPING -> p.sids();
                    case DEVELOPING -> isDeveloping(p);
                })
                .orElse(false);
    }

    static boolean isDeveloping(PartySummary p) {
        return !DEVELOPED_REGIONS.contains(String.valueOf(p.regionCode()))
                && !DEVELOPED_SUBREGIONS.contains(String.valueOf(p.subregionCode()))
                && !DEVELOPED_COUNTRIES.contains(p.code());
    }

    @Override
    public boolean isMemberOf(PartyCode party, String mechanism) {
        return registry.currentMembers(mechanism).contains(party.value());
    }
}
