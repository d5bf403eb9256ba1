package org.gsi.cooperation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;
import org.gsi.platform.Visibility;

/**
 * What a project is about, where and when, with what money: the editable part of a project. Countries are ISO
 * alpha-3 codes, regions M49 or mechanism region codes, domains the security domain codes of the taxonomy. A project
 * drafted on the platform names at least one priority area (the form requires it); an imported activity whose
 * sectors map to no area is kept without one and shown as unclassified until its party names one.
 */
public record ProjectDetails(
        LocalizedText title,
        LocalizedText description,
        Set<PriorityArea> priorityAreas,
        Set<String> domains,
        Set<String> countries,
        Set<String> regions,
        ProjectDates dates,
        Optional<Money> budget,
        Optional<String> fundId,
        List<ResolutionSymbol> resolutions,
        Visibility visibility) {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public ProjectDetails {
        title.requireNotEmpty("title");
        countries.stream()
                .filter(country -> !ISO3.matcher(country).matches())
                .findFirst()
                .ifPresent(bad -> {
                    throw new InvalidFieldException(
                            "countries", Message.of("cooperation.refused.countryCode", String.valueOf(bad)));
                });
        budget.ifPresent(money -> money.requireNotNegative("budget"));
        priorityAreas = Set.copyOf(priorityAreas);
        domains = Set.copyOf(domains);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        resolutions = List.copyOf(resolutions);
    }

    /** Minimal details: a title, one priority area, seen by the participants only, nothing else yet. */
    public static ProjectDetails of(LocalizedText title, PriorityArea area) {
        return new ProjectDetails(
                title,
                LocalizedText.empty(),
                Set.of(area),
                Set.of(),
                Set.of(),
                Set.of(),
                ProjectDates.none(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Visibility.PARTICIPANTS);
    }

    /** No priority area names this project yet (an imported activity whose sectors map to none). */
    public boolean unclassified() {
        return priorityAreas.isEmpty();
    }

    ProjectDetails withDates(ProjectDates newDates) {
        return new ProjectDetails(
                title,
                description,
                priorityAreas,
                domains,
                countries,
                regions,
                newDates,
                budget,
                fundId,
                resolutions,
                visibility);
    }
}
