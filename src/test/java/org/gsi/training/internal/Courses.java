package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.BeneficiaryRule;
import org.gsi.commitments.CountryGroup;
import org.gsi.commitments.PartyAttributes;
import org.gsi.commitments.PartyCode;
import org.gsi.commitments.PledgeId;
import org.gsi.training.CourseId;
import org.gsi.training.Modality;

/** A course for developing countries used across the tests. */
final class Courses {

    static final PartyCode ACADEMY = PartyCode.of("cn-police-academy");
    static final PartyCode ETHIOPIA = PartyCode.of("ETH");
    static final PartyCode KAZAKHSTAN = PartyCode.of("KAZ");
    static final PartyCode FRANCE = PartyCode.of("FRA");
    static final LocalDate DEADLINE = LocalDate.of(2025, 3, 1);
    static final LocalDate START = LocalDate.of(2025, 4, 7);
    static final LocalDate END = LocalDate.of(2025, 4, 18);
    static final PledgeId PLEDGE = PledgeId.random();

    /** ETH is an LDC, KAZ a landlocked developing country, FRA neither. */
    static final PartyAttributes ATTRIBUTES = new PartyAttributes() {
        private final Map<String, Set<CountryGroup>> groups = Map.of(
                "ETH", Set.of(CountryGroup.DEVELOPING, CountryGroup.LEAST_DEVELOPED),
                "KAZ", Set.of(CountryGroup.DEVELOPING, CountryGroup.LANDLOCKED_DEVELOPING));

        @Override
        public boolean isIn(PartyCode party, CountryGroup group) {
            return groups.getOrDefault(party.value(), Set.of()).contains(group);
        }

        @Override
        public boolean isMemberOf(PartyCode party, String mechanism) {
            return false;
        }
    };

    private Courses() {}

    static Course counterTerrorismCourse(int seats) {
        return new Course(
                CourseId.random(),
                new CourseDetails(
                        ACADEMY,
                        "Counter-terrorism investigation techniques",
                        Set.of("III.12"),
                        START,
                        END,
                        "en",
                        Modality.IN_PERSON,
                        seats,
                        new BeneficiaryRule.InGroup(CountryGroup.DEVELOPING),
                        DEADLINE,
                        Optional.of(PLEDGE)));
    }

    static Trainee trainee(String name) {
        return new Trainee(name, "Police inspector", name.toLowerCase().replace(' ', '.') + "@example.org", "en");
    }
}
