package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsi.commitments.PledgeId;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyCode;
import org.gsi.training.Modality;

/** A course as stored. */
record CourseRow(
        UUID id,
        String organiser,
        String provider,
        String topic,
        List<String> priorityAreas,
        LocalDate start,
        LocalDate end,
        String language,
        String modality,
        int seats,
        int capPerCountry,
        String eligibility,
        List<String> eligibleParties,
        LocalDate nominationDeadline,
        UUID pledge,
        boolean allocated,
        boolean demo) {

    /** The eligibility rule: named parties, members of one mechanism, or an M49 grouping (developing by default). */
    BeneficiaryRule eligibilityRule() {
        return switch (eligibility) {
            case "parties" ->
                new BeneficiaryRule.SpecificParties(
                        eligibleParties.stream().map(PartyCode::of).collect(Collectors.toSet()));
            case "members" -> new BeneficiaryRule.MembersOf(eligibleParties.get(0));
            case "ldc" -> new BeneficiaryRule.InGroup(CountryGroup.LEAST_DEVELOPED);
            case "sids" -> new BeneficiaryRule.InGroup(CountryGroup.SMALL_ISLAND_DEVELOPING);
            case "lldc" -> new BeneficiaryRule.InGroup(CountryGroup.LANDLOCKED_DEVELOPING);
            default -> new BeneficiaryRule.InGroup(CountryGroup.DEVELOPING);
        };
    }

    /** The terms the course aggregate holds; refuses terms its invariants do not allow. */
    CourseDetails details() {
        return new CourseDetails(
                PartyCode.of(organiser),
                PartyCode.of(provider),
                topic,
                Set.copyOf(priorityAreas),
                start,
                end,
                language,
                Modality.valueOf(modality.toUpperCase(Locale.ROOT)),
                seats,
                capPerCountry,
                eligibilityRule(),
                nominationDeadline,
                Optional.ofNullable(pledge).map(PledgeId::new));
    }
}
