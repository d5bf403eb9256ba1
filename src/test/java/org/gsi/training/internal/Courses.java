package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.PledgeId;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
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

    static final PartyCode ORGANISER = PartyCode.of("CHN");

    /** A course organised by China at the academy, two seats at most per country. */
    static Course counterTerrorismCourse(int seats) {
        return Course.announce(
                CourseId.random(),
                new CourseDetails(
                        ORGANISER,
                        ACADEMY,
                        "Counter-terrorism investigation techniques",
                        Set.of("III.12"),
                        START,
                        END,
                        "en",
                        Modality.IN_PERSON,
                        seats,
                        2,
                        new BeneficiaryRule.InGroup(CountryGroup.DEVELOPING),
                        DEADLINE,
                        Optional.of(PLEDGE)));
    }

    /** Ethiopia and Kazakhstan asked for two seats each and the academy shared them. */
    static Course allocatedCourse(int seats) {
        Course course = counterTerrorismCourse(seats);
        course.requestSeats(ETHIOPIA, 2, DEADLINE.minusDays(20), ATTRIBUTES);
        course.requestSeats(KAZAKHSTAN, 2, DEADLINE.minusDays(20), ATTRIBUTES);
        course.allocate(ACADEMY, ATTRIBUTES);
        return course;
    }

    static CertificateCode code() {
        return CertificateCode.generate(new java.security.SecureRandom());
    }

    static Trainee trainee(String name) {
        return new Trainee(name, "Police inspector", name.toLowerCase().replace(' ', '.') + "@example.org", "en");
    }
}
