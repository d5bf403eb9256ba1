package org.gsi.screening.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsi.audit.AuditLog;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.InvalidInputException;
import org.gsi.screening.ScreeningListImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens saved names and the platform's own people again when a list changes ({@link ScreeningListImported},
 * delivered durably) and looks every {@code gsi.screening.sweep} (5 minutes by default) for people not yet screened
 * against the current lists (a new nomination, a new delegation member). Each subject is screened against the lists
 * its owner party may see, once per set of list versions, even with several nodes ({@link SubjectStore#claim});
 * the check is stored for the owner, and the owner's focal points are notified of possible matches that the
 * subject's previous check did not have.
 */
@Component
class Rescreening {

    static final String SYSTEM = "platform:screening";
    private static final Logger log = LoggerFactory.getLogger(Rescreening.class);

    private final SubjectStore subjects;
    private final PlatformPeople people;
    private final CheckService checks;
    private final CheckStore checkStore;
    private final Screener screener;
    private final Notifications notifications;
    private final AuditLog audit;
    private final CandidateIndexHolder index;
    private final TransactionTemplate tx;
    private final ScreeningProperties properties;

    Rescreening(
            SubjectStore subjects,
            PlatformPeople people,
            CheckService checks,
            CheckStore checkStore,
            Screener screener,
            Notifications notifications,
            AuditLog audit,
            CandidateIndexHolder index,
            TransactionTemplate tx,
            ScreeningProperties properties) {
        this.subjects = subjects;
        this.people = people;
        this.checks = checks;
        this.checkStore = checkStore;
        this.screener = screener;
        this.notifications = notifications;
        this.audit = audit;
        this.index = index;
        this.tx = tx;
        this.properties = properties;
    }

    /** What a run did. */
    record Run(int screened, int newPossibleMatches, int notified) {}

    @ApplicationModuleListener
    void on(ScreeningListImported imported) {
        index.refresh();
        Run run = run();
        log.info(
                "Re-screening after {} version {}: {} names screened, {} new possible matches",
                imported.list(),
                imported.number(),
                run.screened(),
                run.newPossibleMatches());
    }

    /** The periodic sweep (see {@link ScreeningConfiguration}). */
    void sweep() {
        run();
    }

    /** Brings the platform's people up to date and screens every subject not screened against the current lists. */
    synchronized Run run() {
        syncPeople();
        int screened = 0;
        int fresh = 0;
        int notified = 0;
        for (SubjectStore.Subject s : subjects.active()) {
            Set<String> scope;
            try {
                scope = checks.listsFor(s.owner(), List.of());
            } catch (InvalidInputException noList) {
                continue;
            }
            Outcome o = tx.execute(status -> screen(s, scope));
            if (o != null) {
                screened++;
                fresh += o.fresh();
                notified += o.notified();
            }
        }
        if (screened > 0) {
            int total = screened;
            int newMatches = fresh;
            tx.executeWithoutResult(status -> audit.recordSystem(
                    SYSTEM,
                    "rescreen",
                    "screening-subject",
                    null,
                    "Screened " + total + " names again: " + newMatches + " new possible matches"));
        }
        return new Run(screened, fresh, notified);
    }

    private record Outcome(int fresh, int notified) {}

    private Outcome screen(SubjectStore.Subject s, Set<String> scope) {
        Screener.Asked asked;
        try {
            asked = Screener.ask(
                    s.name(),
                    s.type(),
                    s.birthDate(),
                    s.nationality(),
                    null,
                    properties.threshold().rescreening());
        } catch (InvalidInputException e) {
            return null;
        }
        Screener.Screened result = screener.screen(asked, scope);
        String versions = result.versions().stream()
                .map(v -> v.list() + ":" + v.number())
                .sorted()
                .collect(Collectors.joining(","));
        if (!subjects.claim(s.id(), versions)) {
            return null;
        }
        Set<String> before = new HashSet<>();
        if (s.lastCheck() != null) {
            checkStore
                    .find(s.lastCheck())
                    .ifPresent(c -> c.candidates().stream()
                            .filter(Check.StoredCandidate::possibleMatch)
                            .forEach(x -> before.add(x.entryId())));
        }
        Check c = checks.record(s.owner(), SYSTEM, "RESCREENING", s.id(), null, asked, result);
        checkStore.insert(c);
        subjects.screened(s.id(), c.id());
        List<Check.StoredCandidate> fresh = c.candidates().stream()
                .filter(Check.StoredCandidate::possibleMatch)
                .filter(x -> !before.contains(x.entryId()))
                .toList();
        int notified = 0;
        if (!fresh.isEmpty()) {
            notified = notifications.toPartyFocalPoints(s.owner(), notice(s, c, fresh));
        }
        return new Outcome(fresh.size(), notified);
    }

    /** The notice to the owner's focal points; only the owner party and the secretariat may read the check. */
    static Notice notice(SubjectStore.Subject s, Check c, List<Check.StoredCandidate> fresh) {
        String entries = fresh.stream()
                .map(x -> x.name() + " (" + x.entryId() + ", " + x.score() + ")")
                .collect(Collectors.joining("; "));
        return Notice.of(
                "screening-possible-match",
                "/screening/checks/" + c.id(),
                party -> ScreeningAccess.seesChecksOf(party, c.party()),
                s.name(),
                new Notice.MessageKey("screening.kind." + s.kind().name().toLowerCase(java.util.Locale.ROOT)),
                s.context(),
                fresh.size(),
                entries);
    }

    /** Creates or updates a subject for each of the platform's people and retires those no longer there. */
    void syncPeople() {
        Map<SubjectStore.Kind, List<SubjectStore.Spec>> current = people.current();
        tx.executeWithoutResult(status -> current.forEach((kind, specs) -> {
            for (SubjectStore.Spec spec : specs) {
                subjects.upsert(spec, SYSTEM);
            }
            subjects.retireOthers(
                    kind, specs.stream().map(SubjectStore.Spec::sourceRef).toList());
        }));
    }

    /** Screens one subject now (a saved name just added), whatever it was screened against before. */
    UUID screenNow(UUID subject) {
        SubjectStore.Subject s = subjects.find(subject).orElseThrow();
        Set<String> scope = checks.listsFor(s.owner(), List.of());
        tx.execute(status -> screen(s, scope));
        return subjects.find(subject).map(SubjectStore.Subject::lastCheck).orElse(null);
    }
}
