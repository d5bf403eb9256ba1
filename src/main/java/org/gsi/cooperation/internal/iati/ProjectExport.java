package org.gsi.cooperation.internal.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.internal.Indicator;
import org.gsi.cooperation.internal.IndicatorPeriod;
import org.gsi.cooperation.internal.LocalizedText;
import org.gsi.cooperation.internal.Project;
import org.gsi.cooperation.internal.ProjectDates;
import org.gsi.cooperation.internal.Result;
import org.gsi.cooperation.internal.Transaction;
import org.gsi.platform.Message;
import org.gsi.registry.CountryCodes;

/**
 * Turns a project with its transactions and results into an IATI activity. Party codes become participating
 * organisation references; security domains become sectors of vocabulary 99 (the reporter's own) and priority
 * areas sectors of vocabulary 98; countries are given as alpha-2 codes.
 */
public final class ProjectExport {

    private final IatiOrg reportingOrg;

    public ProjectExport(IatiOrg reportingOrg) {
        this.reportingOrg = reportingOrg;
    }

    public IatiActivity toActivity(Project project, List<Transaction> transactions, List<Result> results) {
        var details = project.details();
        List<IatiActivity.Sector> sectors = new ArrayList<>();
        details.domains().stream().sorted().forEach(d -> sectors.add(new IatiActivity.Sector("99", d)));
        details.priorityAreas().stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .forEach(p -> sectors.add(new IatiActivity.Sector("98", p.code())));
        List<IatiBudget> budgets = details
                .budget()
                .flatMap(money -> details.dates()
                        .plannedStart()
                        .flatMap(start -> details.dates()
                                .plannedEnd()
                                .map(end -> new IatiBudget(IatiBudget.ORIGINAL, start, end, money))))
                .stream()
                .toList();
        return new IatiActivity(
                reportingOrg.ref().orElseThrow() + "-" + project.id(),
                0,
                "en",
                details.budget().map(m -> m.currency().value()),
                reportingOrg,
                texts(details.title()),
                texts(details.description()),
                project.participants().stream()
                        .flatMap(p -> p.roles().stream()
                                .map(role -> new IatiParticipant(
                                        new IatiOrg(Optional.of(p.party().value()), Optional.empty(), Optional.empty()),
                                        role)))
                        .toList(),
                Optional.of(project.status().iatiCode()),
                dates(details.dates()),
                details.countries().stream().sorted().map(ProjectExport::alpha2).toList(),
                details.regions().stream()
                        .sorted()
                        .map(r -> new IatiActivity.Region("2", r))
                        .toList(),
                sectors,
                budgets,
                transactions.stream()
                        .map(t -> new IatiTransaction(
                                t,
                                t.provider().map(ProjectExport::org),
                                t.receiver().map(ProjectExport::org)))
                        .toList(),
                results.stream().map(ProjectExport::result).toList(),
                List.of());
    }

    private static IatiOrg org(org.gsi.cooperation.internal.OrgRef ref) {
        return new IatiOrg(ref.ref(), Optional.empty(), ref.name());
    }

    private static String alpha2(String alpha3) {
        return CountryCodes.alpha2(alpha3)
                .orElseThrow(() ->
                        new InvalidFieldException("countries", Message.of("cooperation.refused.noAlpha2", alpha3)));
    }

    private static Map<Integer, LocalDate> dates(ProjectDates dates) {
        Map<Integer, LocalDate> byType = new HashMap<>();
        dates.plannedStart().ifPresent(d -> byType.put(1, d));
        dates.actualStart().ifPresent(d -> byType.put(2, d));
        dates.plannedEnd().ifPresent(d -> byType.put(3, d));
        dates.actualEnd().ifPresent(d -> byType.put(4, d));
        if (byType.isEmpty()) {
            throw new InvalidFieldException("dates", Message.of("cooperation.refused.iatiDates"));
        }
        return byType;
    }

    private static List<IatiText> texts(LocalizedText text) {
        return text.values().entrySet().stream()
                .map(e -> new IatiText(e.getKey().tag(), e.getValue()))
                .toList();
    }

    private static IatiResult result(Result result) {
        return new IatiResult(
                String.valueOf(result.type()),
                texts(result.title()),
                result.indicators().stream().map(ProjectExport::indicator).toList());
    }

    private static IatiResult.Indicator indicator(Indicator indicator) {
        Optional<IatiResult.Baseline> baseline = indicator
                .baselineYear()
                .map(year -> new IatiResult.Baseline(year, indicator.baseline().map(BigDecimal::toPlainString)));
        return new IatiResult.Indicator(
                String.valueOf(indicator.measure().iatiCode()),
                Optional.of(indicator.ascending()),
                texts(indicator.title()),
                baseline,
                indicator.periods().stream().map(ProjectExport::period).toList());
    }

    private static IatiResult.Period period(IndicatorPeriod p) {
        return new IatiResult.Period(
                p.start(),
                p.end(),
                p.target().map(BigDecimal::toPlainString),
                p.actual().map(BigDecimal::toPlainString));
    }
}
