package org.gsi.registry;

import java.util.Objects;
import java.util.Set;

/** Who a pledge benefits: named parties, a country grouping, or the members of a mechanism. */
public sealed interface BeneficiaryRule {

    boolean covers(PartyCode party, PartyAttributes attributes);

    /** Human-readable form shown on the accountability page. */
    String describe();

    static BeneficiaryRule parties(String... codes) {
        return new SpecificParties(
                Set.of(codes).stream().map(PartyCode::of).collect(java.util.stream.Collectors.toSet()));
    }

    /** Only the parties listed. */
    record SpecificParties(Set<PartyCode> parties) implements BeneficiaryRule {
        public SpecificParties {
            parties = Set.copyOf(parties);
            if (parties.isEmpty()) {
                throw new IllegalArgumentException("Name at least one beneficiary party");
            }
        }

        @Override
        public boolean covers(PartyCode party, PartyAttributes attributes) {
            return parties.contains(party);
        }

        @Override
        public String describe() {
            return "parties " + parties.stream().sorted().map(PartyCode::value).toList();
        }
    }

    /** Every party in an M49 grouping (developing countries, LDCs, SIDS, LLDCs). */
    record InGroup(CountryGroup group) implements BeneficiaryRule {
        public InGroup {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public boolean covers(PartyCode party, PartyAttributes attributes) {
            return attributes.isIn(party, group);
        }

        @Override
        public String describe() {
            return "countries in group " + group;
        }
    }

    /** Every current member of a mechanism. */
    record MembersOf(String mechanism) implements BeneficiaryRule {
        public MembersOf {
            Objects.requireNonNull(mechanism, "mechanism");
        }

        @Override
        public boolean covers(PartyCode party, PartyAttributes attributes) {
            return attributes.isMemberOf(party, mechanism);
        }

        @Override
        public String describe() {
            return "members of " + mechanism;
        }
    }
}
