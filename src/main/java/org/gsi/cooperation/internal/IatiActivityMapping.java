package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.internal.iati.IatiActivity;
import org.gsi.cooperation.internal.iati.IatiBudget;
import org.gsi.cooperation.internal.iati.IatiOrg;
import org.gsi.cooperation.internal.iati.IatiParticipant;
import org.gsi.cooperation.internal.iati.IatiResult;
import org.gsi.cooperation.internal.iati.IatiText;
import org.gsi.cooperation.internal.iati.IatiTransaction;
import org.gsi.platform.Message;
import org.gsi.platform.Visibility;
import org.gsi.registry.CountryCodes;
import org.gsi.registry.PartyCode;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;

/**
 * Turns an IATI activity into what a project holds: its details, the registered parties taking part (other than
 * the importing party), and what the file states beyond that ({@link IatiSource}), with a warning for everything
 * left out. Priority areas come from the activity's own area sectors (vocabulary 98), else from the importer's
 * override, else from the DAC sector mapping; an activity that maps to none is kept unclassified.
 */
final class IatiActivityMapping {

    /** An activity as the platform keeps it. */
    record Mapped(
            ProjectDetails details,
            List<Participant> participants,
            IatiSource source,
            List<Transaction> transactions,
            List<ResultService.ResultRequest> results,
            List<Message> warnings,
            String hash) {}

    private final Taxonomy taxonomy;
    private final SectorMappings.SectorMap sectors;
    private final RegistryMemo parties;
    private final Optional<PriorityArea> override;
    private final String importer;

    IatiActivityMapping(
            Taxonomy taxonomy,
            SectorMappings.SectorMap sectors,
            RegistryMemo parties,
            Optional<PriorityArea> override,
            String importer) {
        this.taxonomy = taxonomy;
        this.sectors = sectors;
        this.parties = parties;
        this.override = override;
        this.importer = importer;
    }

    Mapped map(IatiActivity a) {
        List<Message> warnings = new ArrayList<>(a.warnings());
        List<IatiSource.Sector> keptSectors = new ArrayList<>();
        Set<PriorityArea> areas = areas(a, keptSectors, warnings);
        Set<String> countries = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (String alpha2 : a.countries()) {
            Optional<String> alpha3 = CountryCodes.alpha3(alpha2);
            if (alpha3.isEmpty()) {
                warnings.add(Message.of("cooperation.iati.countryUnknown", alpha2));
                continue;
            }
            countries.add(alpha3.get());
            parties.find(alpha3.get()).ifPresent(p -> ProjectForm.regionsOf(p, regions));
        }
        a.regions().stream().filter(r -> r.vocabulary().equals("2")).forEach(r -> regions.add(r.code()));
        Map<Integer, LocalDate> d = a.dates();
        List<IatiBudget> counted = a.effectiveBudgets();
        ProjectDetails details = new ProjectDetails(
                texts(a.titles()),
                texts(a.descriptions()),
                areas,
                domains(a),
                countries,
                regions,
                new ProjectDates(
                        Optional.ofNullable(d.get(1)),
                        Optional.ofNullable(d.get(3)),
                        Optional.ofNullable(d.get(2)),
                        Optional.ofNullable(d.get(4))),
                budget(counted, warnings),
                Optional.empty(),
                List.of(),
                Visibility.PARTICIPANTS);
        List<Participant> participants = new ArrayList<>();
        List<IatiSource.Organisation> organisations = new ArrayList<>();
        split(a.participants(), participants, organisations);
        IatiOrg r = a.reportingOrg();
        IatiSource source = new IatiSource(
                a.identifier(),
                new IatiSource.Org(
                        r.ref().orElse(null), r.type().orElse(null), r.name().orElse(null)),
                a.status().orElse(null),
                keptSectors,
                a.regions().stream()
                        .map(x -> new IatiSource.Region(x.vocabulary(), x.code()))
                        .toList(),
                organisations,
                a.budgets().stream()
                        .map(b -> new IatiSource.Budget(
                                b.type(),
                                b.periodStart(),
                                b.periodEnd(),
                                b.value().amount(),
                                b.value().currency().value(),
                                counted.contains(b)))
                        .toList());
        List<ResultService.ResultRequest> results = results(a.results(), warnings);
        String hash = IatiSources.sha256(a.toString().replaceFirst(", line=\\d+,", ",") + "|"
                + new TreeSet<>(areas.stream().map(PriorityArea::code).toList()));
        return new Mapped(
                details,
                participants,
                source,
                a.transactions().stream().map(IatiTransaction::transaction).toList(),
                results,
                List.copyOf(warnings),
                hash);
    }

    private Set<PriorityArea> areas(IatiActivity a, List<IatiSource.Sector> kept, List<Message> warnings) {
        Set<PriorityArea> own = new LinkedHashSet<>();
        Set<PriorityArea> mapped = new LinkedHashSet<>();
        for (IatiActivity.Sector s : a.sectors()) {
            Optional<PriorityArea> area = s.vocabulary().equals("98") && taxonomy.isA(TermKind.PRIORITY_AREA, s.code())
                    ? Optional.of(PriorityArea.of(s.code()))
                    : sectors.areaOf(s.vocabulary(), s.code());
            kept.add(new IatiSource.Sector(
                    s.vocabulary(), s.code(), area.map(PriorityArea::code).orElse(null)));
            area.ifPresent(s.vocabulary().equals("98") ? own::add : mapped::add);
        }
        if (!own.isEmpty()) {
            return own;
        }
        if (override.isPresent()) {
            return Set.of(override.get());
        }
        if (mapped.isEmpty()) {
            warnings.add(Message.of("cooperation.iati.unclassified"));
        }
        return mapped;
    }

    private Set<String> domains(IatiActivity a) {
        Set<String> domains = new HashSet<>();
        a.sectors().stream()
                .filter(s -> s.vocabulary().equals("99") && taxonomy.isA(TermKind.DOMAIN, s.code()))
                .forEach(s -> domains.add(s.code()));
        return domains;
    }

    /** Registered parties other than the importer take part; every other organisation is kept as the file names it. */
    private void split(
            List<IatiParticipant> all, List<Participant> participants, List<IatiSource.Organisation> organisations) {
        Map<String, Set<ParticipantRole>> roles = new LinkedHashMap<>();
        for (IatiParticipant p : all) {
            Optional<String> party = p.org().ref().filter(ref -> !ref.equals(importer) && parties.exists(ref));
            if (party.isPresent()) {
                roles.computeIfAbsent(party.get(), k -> new HashSet<>()).add(p.role());
            } else {
                IatiOrg o = p.org();
                organisations.add(new IatiSource.Organisation(
                        o.ref().orElse(null),
                        o.type().orElse(null),
                        o.name().orElse(null),
                        p.role().iatiCode()));
            }
        }
        roles.forEach((party, r) -> participants.add(new Participant(PartyCode.of(party), r)));
    }

    private static Optional<Money> budget(List<IatiBudget> counted, List<Message> warnings) {
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        CurrencyCode currency = counted.get(0).value().currency();
        BigDecimal sum = BigDecimal.ZERO;
        for (IatiBudget b : counted) {
            if (b.value().currency().equals(currency)) {
                sum = sum.add(b.value().amount());
            } else {
                warnings.add(Message.of(
                        "cooperation.iati.budgetCurrency",
                        b.periodStart(),
                        b.periodEnd(),
                        b.value().currency().value(),
                        currency.value()));
            }
        }
        return Optional.of(new Money(sum.max(BigDecimal.ZERO), currency));
    }

    /** Each result and indicator that can be kept is kept; one that cannot is left out with a warning. */
    private static List<ResultService.ResultRequest> results(List<IatiResult> results, List<Message> warnings) {
        List<ResultService.ResultRequest> kept = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            IatiResult result = results.get(r);
            List<ResultService.IndicatorRequest> indicators = new ArrayList<>();
            for (int i = 0; i < result.indicators().size(); i++) {
                Where where = new Where(r + 1, i + 1);
                try {
                    ResultService.IndicatorRequest indicator =
                            indicator(result.indicators().get(i), where, warnings);
                    ResultService.result(new ResultService.ResultRequest(Map.of("en", "-"), 1, List.of(indicator)));
                    indicators.add(indicator);
                } catch (RuntimeException e) {
                    warnings.add(Message.of(
                            "cooperation.iati.indicatorLeftOut", where.result(), where.indicator(), reason(e)));
                }
            }
            ResultService.ResultRequest request = new ResultService.ResultRequest(
                    textMap(result.title()), Integer.valueOf(result.type()), indicators);
            try {
                ResultService.result(request);
                kept.add(request);
            } catch (RuntimeException e) {
                warnings.add(Message.of("cooperation.iati.resultLeftOut", r + 1, reason(e)));
            }
        }
        return kept;
    }

    private static ResultService.IndicatorRequest indicator(
            IatiResult.Indicator i, Where where, List<Message> warnings) {
        String measure = org.gsi.cooperation.internal.IndicatorMeasure.fromIatiCode(i.measure())
                .name()
                .toLowerCase(java.util.Locale.ROOT);
        List<ResultService.PeriodRequest> periods = i.periods().stream()
                .map(p -> new ResultService.PeriodRequest(
                        p.start(),
                        p.end(),
                        number(p.target(), where, "target", warnings),
                        number(p.actual(), where, "actual", warnings)))
                .toList();
        return new ResultService.IndicatorRequest(
                textMap(i.title()),
                measure,
                i.ascending().orElse(true),
                i.baseline()
                        .flatMap(b -> Optional.ofNullable(number(b.value(), where, "baseline", warnings)))
                        .orElse(null),
                i.baseline().map(IatiResult.Baseline::year).orElse(null),
                null,
                periods);
    }

    /** An indicator by its place in the file, counted from 1. */
    private record Where(int result, int indicator) {}

    private static Message reason(RuntimeException e) {
        return org.gsi.cooperation.internal.iati.UnreadablePart.reason(e);
    }

    private static BigDecimal number(Optional<String> value, Where where, String what, List<Message> warnings) {
        if (value.isEmpty() || value.get().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.get().strip());
        } catch (NumberFormatException e) {
            warnings.add(Message.of(
                    "cooperation.iati.notNumber",
                    where.result(),
                    where.indicator(),
                    Message.of("cooperation.iati.value." + what),
                    value.get()));
            return null;
        }
    }

    /** Narratives in the six languages keep their language; a text only in other languages is kept as English. */
    private static Map<String, String> textMap(List<IatiText> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts(texts).values().forEach((l, t) -> out.put(l.tag(), t));
        return out;
    }

    static LocalizedText texts(List<IatiText> texts) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        texts.forEach(t -> Language.fromTag(t.lang()).ifPresent(l -> values.putIfAbsent(l, t.text())));
        if (values.isEmpty() && !texts.isEmpty()) {
            values.put(Language.EN, texts.get(0).text());
        }
        return new LocalizedText(values);
    }
}
