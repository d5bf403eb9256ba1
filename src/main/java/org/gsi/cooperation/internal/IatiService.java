package org.gsi.cooperation.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
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
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.gsi.audit.AuditLog;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.PartyCode;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.cooperation.internal.iati.IatiActivity;
import org.gsi.cooperation.internal.iati.IatiActivityReader;
import org.gsi.cooperation.internal.iati.IatiActivityWriter;
import org.gsi.cooperation.internal.iati.IatiOrg;
import org.gsi.cooperation.internal.iati.IatiParticipant;
import org.gsi.cooperation.internal.iati.IatiText;
import org.gsi.cooperation.internal.iati.IatiTransaction;
import org.gsi.cooperation.internal.iati.ImportReport;
import org.gsi.cooperation.internal.iati.ProjectExport;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.platform.Visibility;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IATI 2.03 import (one transaction per activity, idempotent on iati-identifier) and export of the projects a
 * reader may see.
 */
@Service
class IatiService {

    /** What happened to one activity of an imported file. */
    record ImportEntry(String identifier, int line, String outcome, String reason, UUID projectId) {}

    record ImportResult(int imported, int updated, int rejected, List<ImportEntry> activities) {}

    /** Threads writing the activities of one file; the database, not the parsing, sets the pace. */
    private static final int WRITERS = 2;

    /** Activities read but not yet written, at most. */
    private static final int IN_FLIGHT = 64;

    static final IatiOrg REPORTING_ORG =
            new IatiOrg(Optional.of("XI-GSI"), Optional.of("40"), Optional.of("GSI Platform"));

    private final ProjectStore store;
    private final MoneyService money;
    private final ResultService results;
    private final Registry registry;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TransactionBatch transactions;

    IatiService(
            ProjectStore store,
            MoneyService money,
            ResultService results,
            Registry registry,
            Taxonomy taxonomy,
            AuditLog audit,
            JdbcClient jdbc,
            TransactionTemplate tx,
            TransactionBatch transactions) {
        this.store = store;
        this.money = money;
        this.results = results;
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.transactions = transactions;
    }

    ImportResult importFile(Actor actor, InputStream in, String defaultArea) {
        return importFile(actor, in, defaultArea, entry -> {});
    }

    /** Who may import: an editor of the party the projects will belong to. */
    void requireImporter(Actor actor) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "import-iati", "project", null);
    }

    /**
     * Imports the file, telling {@code progress} of each activity written or refused while writing it (from the
     * writer threads, in the order they finish).
     *
     * <p>The file is read on the calling thread while {@link #WRITERS} threads write the activities, each in its
     * own transaction. An identifier always goes to the same writer, so an activity repeated in one file is
     * written in file order; the report lists the activities in file order. At most {@link #IN_FLIGHT} activities
     * wait to be written, so a large file is never held in memory.
     */
    ImportResult importFile(Actor actor, InputStream in, String defaultArea, Consumer<ImportEntry> progress) {
        requireImporter(actor);
        Optional<PriorityArea> fallback =
                Optional.ofNullable(defaultArea).filter(s -> !s.isBlank()).map(PriorityArea::of);
        RegistryMemo parties = new RegistryMemo(registry);
        List<Future<ImportEntry>> written = new ArrayList<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<ExecutorService> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            writers.add(Executors.newSingleThreadExecutor(r -> new Thread(r, "iati-writer-" + n)));
        }
        ImportReport report;
        try {
            report = new IatiActivityReader().read(in, activity -> {
                inFlight.acquireUninterruptibly();
                int writer = Math.floorMod(activity.identifier().hashCode(), WRITERS);
                written.add(writers.get(writer).submit(() -> {
                    try {
                        ImportEntry entry = importOne(actor, activity, fallback, parties);
                        progress.accept(entry);
                        return entry;
                    } finally {
                        inFlight.release();
                    }
                }));
            });
        } finally {
            writers.forEach(ExecutorService::shutdown);
        }
        List<ImportEntry> entries = new ArrayList<>(written.size());
        written.forEach(f -> entries.add(finished(f)));
        Map<String, Integer> lines = new java.util.HashMap<>();
        report.entries().stream()
                .filter(ImportReport.Entry::accepted)
                .forEach(e -> e.identifier().ifPresent(id -> lines.putIfAbsent(id, e.line())));
        entries.replaceAll(e -> new ImportEntry(
                e.identifier(), lines.getOrDefault(e.identifier(), 0), e.outcome(), e.reason(), e.projectId()));
        report.rejectedEntries()
                .forEach(e -> entries.add(new ImportEntry(
                        e.identifier().orElse(null),
                        e.line(),
                        "rejected",
                        e.reason().orElse(""),
                        null)));
        int imported = count(entries, "imported");
        int updated = count(entries, "updated");
        return new ImportResult(imported, updated, entries.size() - imported - updated, entries);
    }

    /** Waits for a written activity; every failure of one activity is already its rejection (see importOne). */
    private static ImportEntry finished(Future<ImportEntry> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("an IATI writer failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ImportEntry importOne(Actor actor, IatiActivity a, Optional<PriorityArea> fallback, RegistryMemo parties) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> save(actor, a, fallback, parties));
            } catch (PessimisticLockingFailureException e) {
                // two writers met on the same summary rows and the database chose this one to give way
                if (attempt == 3) {
                    return new ImportEntry(a.identifier(), 0, "rejected", e.getMessage(), null);
                }
            } catch (RuntimeException e) {
                return new ImportEntry(a.identifier(), 0, "rejected", e.getMessage(), null);
            }
        }
    }

    private ImportEntry save(Actor actor, IatiActivity a, Optional<PriorityArea> fallback, RegistryMemo parties) {
        // Each activity commits on its own and a re-import repeats it, so the commit need not wait for the disk:
        // after a crash an activity is either wholly there or wholly absent, never half-written.
        jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
        Optional<ProjectId> existing = store.byIatiIdentifier(a.identifier());
        ProjectDetails details = details(a, fallback, parties);
        ProjectStatus status = a.status().map(ProjectStatus::fromIatiCode).orElse(ProjectStatus.DRAFT);
        List<Participant> participants = participants(a, parties);
        Project project;
        if (existing.isPresent()) {
            ProjectStore.StoredProject stored =
                    store.load(existing.get(), ConsentPolicy.DEFAULT).orElseThrow();
            if (!stored.project().initiator().value().equals(actor.partyCode())) {
                throw new org.gsi.platform.ConflictException(
                        "this iati-identifier belongs to a project of another party");
            }
            project = Project.restore(
                    existing.get(),
                    stored.project().initiator(),
                    details,
                    status,
                    participants,
                    stored.project().consents(),
                    ConsentPolicy.DEFAULT);
            store.update(project, stored.version());
            jdbc.sql("DELETE FROM cooperation_transaction WHERE project_id = :id")
                    .param("id", project.id().value())
                    .update();
        } else {
            project = Project.restore(
                    ProjectId.newId(),
                    PartyCode.of(actor.partyCode()),
                    details,
                    status,
                    participants,
                    List.of(),
                    ConsentPolicy.DEFAULT);
            store.insert(project, Optional.of(a.identifier()), false);
        }
        transactions.insertAll(
                project.id(),
                a.transactions().stream().map(IatiTransaction::transaction).toList());
        String outcome = existing.isPresent() ? "updated" : "imported";
        store.appendTimeline(
                project.id(),
                java.time.Instant.now(Clock.systemUTC()),
                "iati-" + outcome,
                actor.partyCode(),
                actor.username(),
                a.identifier());
        audit.record(actor, "import-iati", "project", project.id().toString(), outcome + " " + a.identifier());
        return new ImportEntry(a.identifier(), 0, outcome, null, project.id().value());
    }

    private ProjectDetails details(IatiActivity a, Optional<PriorityArea> fallback, RegistryMemo parties) {
        Set<PriorityArea> areas = a.sectors().stream()
                .filter(s -> s.vocabulary().equals("98") && taxonomy.isA(TermKind.PRIORITY_AREA, s.code()))
                .map(s -> PriorityArea.of(s.code()))
                .collect(Collectors.toSet());
        if (areas.isEmpty()) {
            areas = fallback.map(Set::of)
                    .orElseThrow(() -> new org.gsi.cooperation.InvalidFieldException(
                            "priorityArea", "the activity names no priority area; give priorityArea for the import"));
        }
        Set<String> domains = a.sectors().stream()
                .filter(s -> s.vocabulary().equals("99") && taxonomy.isA(TermKind.DOMAIN, s.code()))
                .map(IatiActivity.Sector::code)
                .collect(Collectors.toSet());
        Set<String> countries = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>(a.regions());
        for (String alpha2 : a.countries()) {
            parties.find(alpha2).filter(p -> p.iso3() != null).ifPresent(p -> {
                countries.add(p.iso3());
                ProjectForm.regionsOf(p, regions);
            });
        }
        Map<Integer, LocalDate> d = a.dates();
        return new ProjectDetails(
                texts(a.titles(), true),
                texts(a.descriptions(), false),
                areas,
                domains,
                countries,
                regions,
                new ProjectDates(
                        Optional.ofNullable(d.get(1)),
                        Optional.ofNullable(d.get(3)),
                        Optional.ofNullable(d.get(2)),
                        Optional.ofNullable(d.get(4))),
                budget(a),
                Optional.empty(),
                List.of(),
                Visibility.PUBLIC);
    }

    private static Optional<Money> budget(IatiActivity a) {
        if (a.budgets().isEmpty()) {
            return Optional.empty();
        }
        CurrencyCode currency = a.budgets().get(0).value().currency();
        BigDecimal sum = a.budgets().stream()
                .filter(b -> b.value().currency().equals(currency))
                .map(b -> b.value().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Money(sum.max(BigDecimal.ZERO), currency));
    }

    private List<Participant> participants(IatiActivity a, RegistryMemo parties) {
        Map<String, Set<ParticipantRole>> roles = new LinkedHashMap<>();
        for (IatiParticipant p : a.participants()) {
            p.org()
                    .ref()
                    .filter(parties::exists)
                    .ifPresent(ref ->
                            roles.computeIfAbsent(ref, k -> new HashSet<>()).add(p.role()));
        }
        return roles.entrySet().stream()
                .map(e -> new Participant(PartyCode.of(e.getKey()), e.getValue()))
                .toList();
    }

    /**
     * Narratives in the six languages keep their language. An activity written only in other languages keeps its
     * first narrative as the English text, so that it can be found and read; the original stays in the source.
     */
    private static LocalizedText texts(List<IatiText> texts, boolean required) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        texts.forEach(t -> Language.fromTag(t.lang()).ifPresent(l -> values.putIfAbsent(l, t.text())));
        if (values.isEmpty() && !texts.isEmpty()) {
            values.put(Language.EN, texts.get(0).text());
        }
        if (required && values.isEmpty()) {
            throw new org.gsi.cooperation.InvalidFieldException("title", "the activity has no title narrative");
        }
        return new LocalizedText(values);
    }

    /** Writes the projects as IATI activities; projects without any date (drafts) are left out. */
    int export(List<UUID> ids, OutputStream out) throws XMLStreamException {
        ProjectExport export = new ProjectExport(REPORTING_ORG);
        List<IatiActivity> activities = new ArrayList<>();
        for (UUID id : ids) {
            ProjectId pid = new ProjectId(id);
            store.load(pid, ConsentPolicy.DEFAULT).ifPresent(stored -> {
                try {
                    IatiActivity activity = export.toActivity(
                            stored.project(), money.domainTransactions(pid), results.domainResults(pid));
                    activities.add(publishable(
                            activity,
                            stored.iatiIdentifier(),
                            stored.project().initiator().value()));
                } catch (org.gsi.cooperation.InvalidFieldException e) {
                    // not publishable as IATI yet (no date, or a country without an alpha-2 code)
                }
            });
        }
        new IatiActivityWriter().write(activities, out, Clock.systemUTC().instant());
        return activities.size();
    }

    /**
     * Keeps an imported project's own identifier, and names the initiating party as accountable when no
     * participant is a registered party (IATI requires at least one participating organisation).
     */
    private static IatiActivity publishable(IatiActivity a, Optional<String> identifier, String initiator) {
        List<IatiParticipant> participants = a.participants().isEmpty()
                ? List.of(new IatiParticipant(
                        new IatiOrg(Optional.of(initiator), Optional.empty(), Optional.empty()),
                        ParticipantRole.ACCOUNTABLE))
                : a.participants();
        return new IatiActivity(
                identifier.orElse(a.identifier()),
                a.defaultLanguage(),
                a.defaultCurrency(),
                a.reportingOrg(),
                a.titles(),
                a.descriptions(),
                participants,
                a.status(),
                a.dates(),
                a.countries(),
                a.regions(),
                a.sectors(),
                a.budgets(),
                a.transactions(),
                a.results());
    }

    private static int count(List<ImportEntry> entries, String outcome) {
        return (int) entries.stream().filter(e -> outcome.equals(e.outcome())).count();
    }
}
