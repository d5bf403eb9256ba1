package org.gsi.commitments.internal;

import java.util.Map;
import java.util.Set;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;

/** M49 designations of a few real countries (UNSD M49, LDC list as of 2024) and SCO membership. */
final class FixedPartyAttributes implements PartyAttributes {

    private static final Map<String, Set<CountryGroup>> GROUPS = Map.of(
            "ETH", Set.of(CountryGroup.DEVELOPING, CountryGroup.LEAST_DEVELOPED, CountryGroup.LANDLOCKED_DEVELOPING),
            "KAZ", Set.of(CountryGroup.DEVELOPING, CountryGroup.LANDLOCKED_DEVELOPING),
            "FJI", Set.of(CountryGroup.DEVELOPING, CountryGroup.SMALL_ISLAND_DEVELOPING),
            "IDN", Set.of(CountryGroup.DEVELOPING),
            "BRA", Set.of(CountryGroup.DEVELOPING),
            "CHN", Set.of(CountryGroup.DEVELOPING));
    private static final Set<String> SCO = Set.of("CHN", "KAZ", "RUS", "IND", "PAK");

    @Override
    public boolean isIn(PartyCode party, CountryGroup group) {
        return GROUPS.getOrDefault(party.value(), Set.of()).contains(group);
    }

    @Override
    public boolean isMemberOf(PartyCode party, String mechanism) {
        return mechanism.equals("sco") && SCO.contains(party.value());
    }
}
