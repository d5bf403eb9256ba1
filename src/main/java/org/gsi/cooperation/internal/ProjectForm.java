package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.platform.Message;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.stereotype.Component;

/** Turns what a client sends into project details, checking every code against the registry and taxonomy. */
@Component
class ProjectForm {

    /** A project as created or updated through the API. Texts are keyed by language: en, fr, zh, ... */
    record ProjectRequest(
            Map<String, String> title,
            Map<String, String> description,
            List<String> priorityAreas,
            List<String> domains,
            List<String> countries,
            List<String> regions,
            List<ParticipantRequest> participants,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            BigDecimal budget,
            String currency,
            UUID fundId,
            List<String> resolutions,
            String visibility) {}

    /** A participating party and its IATI roles: funding, accountable, extending, implementing. */
    record ParticipantRequest(String party, List<String> roles) {}

    private final Registry registry;
    private final Taxonomy taxonomy;
    private final FundStore funds;

    ProjectForm(Registry registry, Taxonomy taxonomy, FundStore funds) {
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.funds = funds;
    }

    ProjectDetails details(ProjectRequest r) {
        if (list(r.priorityAreas()).isEmpty()) {
            throw new InvalidFieldException("priorityAreas", Message.of("cooperation.refused.areaRequired"));
        }
        requireTerms(TermKind.PRIORITY_AREA, list(r.priorityAreas()), "priorityAreas");
        requireTerms(TermKind.DOMAIN, list(r.domains()), "domains");
        list(r.countries()).forEach(c -> requireParty(c, "countries"));
        if (r.fundId() != null && !funds.exists(r.fundId())) {
            throw new InvalidFieldException(
                    "fundId", Message.of("cooperation.refused.noFund", String.valueOf(r.fundId())));
        }
        if (r.budget() != null && (r.currency() == null || r.currency().isBlank())) {
            throw new InvalidFieldException("currency", Message.of("cooperation.refused.budgetCurrency"));
        }
        Set<String> regions = new LinkedHashSet<>(list(r.regions()));
        list(r.countries()).forEach(c -> registry.find(c).ifPresent(p -> regionsOf(p, regions)));
        return new ProjectDetails(
                text(r.title(), "title"),
                text(r.description(), "description"),
                list(r.priorityAreas()).stream().map(PriorityArea::of).collect(Collectors.toSet()),
                Set.copyOf(list(r.domains())),
                Set.copyOf(list(r.countries())),
                regions,
                new ProjectDates(
                        Optional.ofNullable(r.plannedStart()),
                        Optional.ofNullable(r.plannedEnd()),
                        Optional.empty(),
                        Optional.empty()),
                Optional.ofNullable(r.budget()).map(b -> new Money(b, CurrencyCode.of(r.currency()))),
                Optional.ofNullable(r.fundId()).map(UUID::toString),
                list(r.resolutions()).stream().map(ResolutionSymbol::of).toList(),
                r.visibility() == null || r.visibility().isBlank()
                        ? Visibility.PARTICIPANTS
                        : Visibility.parse(r.visibility()));
    }

    List<Participant> participants(List<ParticipantRequest> requests) {
        if (requests == null) {
            return List.of();
        }
        return requests.stream().map(this::participant).toList();
    }

    Participant participant(ParticipantRequest r) {
        String party = r.party() == null ? "" : r.party().strip();
        requireParty(party, "participants");
        List<String> roles = list(r.roles()).isEmpty() ? List.of("implementing") : list(r.roles());
        Set<ParticipantRole> parsed = roles.stream().map(ProjectForm::role).collect(Collectors.toSet());
        return new Participant(PartyCode.of(party), parsed);
    }

    static ParticipantRole role(String value) {
        try {
            return ParticipantRole.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    "participants.roles", Message.of("cooperation.refused.participantRole", value));
        }
    }

    static void regionsOf(PartySummary p, Set<String> into) {
        Optional.ofNullable(p.regionCode()).ifPresent(into::add);
        Optional.ofNullable(p.subregionCode()).ifPresent(into::add);
        Optional.ofNullable(p.intermediateRegionCode()).ifPresent(into::add);
    }

    private void requireParty(String code, String field) {
        if (code == null || !registry.exists(code)) {
            throw new InvalidFieldException(field, Message.of("form.refused.noParty", String.valueOf(code)));
        }
    }

    private void requireTerms(TermKind kind, List<String> codes, String field) {
        List<String> unknown = taxonomy.unknown(kind, codes);
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(field, Message.of("cooperation.refused.unknownCode", unknown.get(0)));
        }
    }

    static LocalizedText text(Map<String, String> values, String field) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((tag, text) -> out.put(
                    Language.fromTag(tag)
                            .orElseThrow(() ->
                                    new InvalidFieldException(field, Message.of("cooperation.refused.language", tag))),
                    text));
        }
        return new LocalizedText(out);
    }

    static List<String> list(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}
