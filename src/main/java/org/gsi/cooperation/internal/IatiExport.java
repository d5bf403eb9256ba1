package org.gsi.cooperation.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.internal.iati.IatiActivity;
import org.gsi.cooperation.internal.iati.IatiActivityWriter;
import org.gsi.cooperation.internal.iati.IatiBudget;
import org.gsi.cooperation.internal.iati.IatiOrg;
import org.gsi.cooperation.internal.iati.IatiParticipant;
import org.gsi.cooperation.internal.iati.ProjectExport;
import org.springframework.stereotype.Component;

/**
 * Writes projects as IATI 2.03 activities, each as soon as it is read, so that an export of any size streams. A
 * project drafted on the platform is reported by the platform itself ({@code XI-GSI}) under
 * {@code XI-GSI-<project id>}; an imported one keeps its identifier, its publisher as the reporting organisation,
 * the activity status, sectors, regions and budgets its file stated, and the organisations that are not registered
 * parties. Projects without any date (drafts) are left out, as IATI needs one.
 */
@Component
class IatiExport {

    private final ProjectStore store;
    private final MoneyService money;
    private final ResultService results;
    private final IatiSources sources;

    IatiExport(ProjectStore store, MoneyService money, ResultService results, IatiSources sources) {
        this.store = store;
        this.money = money;
        this.results = results;
        this.sources = sources;
    }

    /** Writes the projects in the order given; returns how many were written. */
    int write(Iterator<ProjectId> ids, OutputStream out) throws XMLStreamException {
        IatiActivityWriter.Document document =
                new IatiActivityWriter().open(out, Clock.systemUTC().instant());
        ProjectExport export = new ProjectExport(IatiService.REPORTING_ORG);
        int written = 0;
        while (ids.hasNext()) {
            Optional<IatiActivity> activity = activity(export, ids.next());
            if (activity.isPresent()) {
                document.add(activity.get());
                written++;
            }
        }
        document.close();
        return written;
    }

    private Optional<IatiActivity> activity(ProjectExport export, ProjectId id) {
        Optional<ProjectStore.StoredProject> stored = store.load(id, ConsentPolicy.DEFAULT);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            IatiActivity a =
                    export.toActivity(stored.get().project(), money.domainTransactions(id), results.domainResults(id));
            Optional<IatiSource> source = sources.find(id);
            return Optional.of(
                    source.isPresent()
                            ? asPublished(
                                    a,
                                    source.get(),
                                    stored.get().project().initiator().value())
                            : ownActivity(a, stored.get()));
        } catch (InvalidFieldException e) {
            // not publishable as IATI yet (no date, or a country without an alpha-2 code)
            return Optional.empty();
        }
    }

    /**
     * A project of the platform (or one imported before its file's details were kept): IATI needs a participating
     * organisation, so the initiator is named accountable when no participant is.
     */
    private static IatiActivity ownActivity(IatiActivity a, ProjectStore.StoredProject stored) {
        Project project = stored.project();
        List<IatiParticipant> participants = a.participants().isEmpty()
                ? List.of(accountable(project.initiator().value()))
                : a.participants();
        return with(
                a,
                stored.iatiIdentifier().orElse(a.identifier()),
                a.reportingOrg(),
                participants,
                a.status(),
                a.sectors(),
                a.regions(),
                a.budgets());
    }

    /** An imported activity, reported as its publisher reported it. */
    private static IatiActivity asPublished(IatiActivity a, IatiSource s, String initiator) {
        List<IatiParticipant> participants = new ArrayList<>(a.participants());
        s.organisations()
                .forEach(o -> participants.add(new IatiParticipant(
                        new IatiOrg(
                                Optional.ofNullable(o.ref()),
                                Optional.ofNullable(o.type()),
                                Optional.ofNullable(o.name())),
                        ParticipantRole.fromIatiCode(o.role()))));
        if (participants.isEmpty()) {
            participants.add(accountable(initiator));
        }
        IatiSource.Org p = s.publisher();
        List<IatiActivity.Sector> sectors = s.sectors().isEmpty()
                ? a.sectors()
                : s.sectors().stream()
                        .map(x -> new IatiActivity.Sector(x.vocabulary(), x.code()))
                        .toList();
        return with(
                a,
                s.identifier(),
                new IatiOrg(Optional.ofNullable(p.ref()), Optional.ofNullable(p.type()), Optional.ofNullable(p.name())),
                participants,
                Optional.ofNullable(s.fileStatus()).or(a::status),
                sectors,
                s.regions().stream()
                        .map(r -> new IatiActivity.Region(r.vocabulary(), r.code()))
                        .toList(),
                s.budgets().stream()
                        .map(b -> new IatiBudget(
                                b.type(),
                                b.periodStart(),
                                b.periodEnd(),
                                new Money(b.amount(), CurrencyCode.of(b.currency()))))
                        .toList());
    }

    /** IATI needs a participating organisation: with none named, the initiating party is named accountable. */
    private static IatiParticipant accountable(String party) {
        return new IatiParticipant(
                new IatiOrg(Optional.of(party), Optional.empty(), Optional.empty()), ParticipantRole.ACCOUNTABLE);
    }

    private static IatiActivity with(
            IatiActivity a,
            String identifier,
            IatiOrg reportingOrg,
            List<IatiParticipant> participants,
            Optional<Integer> status,
            List<IatiActivity.Sector> sectors,
            List<IatiActivity.Region> regions,
            List<IatiBudget> budgets) {
        return new IatiActivity(
                identifier,
                0,
                a.defaultLanguage(),
                a.defaultCurrency(),
                reportingOrg,
                a.titles(),
                a.descriptions(),
                participants,
                status,
                a.dates(),
                a.countries(),
                regions,
                sectors,
                budgets,
                a.transactions(),
                a.results(),
                List.of());
    }
}
