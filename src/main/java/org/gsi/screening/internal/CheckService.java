package org.gsi.screening.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.screening.internal.ScreeningViews.CandidateView;
import org.gsi.screening.internal.ScreeningViews.CheckRequest;
import org.gsi.screening.internal.ScreeningViews.CheckView;
import org.gsi.screening.internal.ScreeningViews.DecisionRequest;
import org.gsi.screening.internal.ScreeningViews.DecisionView;
import org.gsi.screening.internal.ScreeningViews.ExplanationView;
import org.gsi.screening.internal.ScreeningViews.FactorView;
import org.gsi.screening.internal.matching.Candidate;
import org.gsi.screening.internal.matching.Factor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks of names: every check is stored with who asked for which party, what, the list versions and the candidates,
 * and audited; it is seen by the party that asked and the secretariat only; its decisions are recorded by a focal
 * point of that party, with a reason, one version at a time (If-Match).
 */
@Service
class CheckService {

    private final Screener screener;
    private final CheckStore checks;
    private final ListStore lists;
    private final AuditLog audit;
    private final Explanations explanations;
    private final ScreeningProperties properties;
    private final Clock clock = Clock.systemUTC();

    CheckService(
            Screener screener,
            CheckStore checks,
            ListStore lists,
            AuditLog audit,
            Explanations explanations,
            ScreeningProperties properties) {
        this.screener = screener;
        this.checks = checks;
        this.lists = lists;
        this.audit = audit;
        this.explanations = explanations;
        this.properties = properties;
    }

    @Transactional
    public Check check(Actor actor, CheckRequest r) {
        ScreeningAccess.requireChecker(actor, "check");
        Screener.Asked asked = Screener.ask(
                r.name(),
                r.type(),
                r.birthDate(),
                r.nationality(),
                r.threshold(),
                properties.threshold().check());
        Set<String> scope = listsFor(actor.partyCode(), r.lists());
        Check c =
                record(actor.partyCode(), actor.username(), "CHECK", null, null, asked, screener.screen(asked, scope));
        checks.insert(c);
        audit.record(
                actor,
                "check",
                "screening-check",
                c.id().toString(),
                "Checked a " + (asked.type() == null ? "name" : asked.type().slug()) + " against "
                        + String.join(", ", scope) + ": " + c.possibleMatches() + " possible matches");
        return c;
    }

    /** The lists a reader may check against: those asked for (each must be visible), or all visible ones. */
    Set<String> listsFor(String reader, List<String> requested) {
        Set<String> visible = new LinkedHashSet<>();
        lists.visibleTo(reader).stream().filter(l -> l.currentVersion() != null).forEach(l -> visible.add(l.id()));
        if (requested == null || requested.isEmpty()) {
            if (visible.isEmpty()) {
                throw new InvalidInputException("lists", Message.of("screening.refused.noList"));
            }
            return visible;
        }
        Set<String> scope = new LinkedHashSet<>();
        for (String l : requested) {
            String id = l == null ? "" : l.trim();
            if (!visible.contains(id)) {
                throw new InvalidInputException("lists", Message.of("screening.refused.unknownList", id));
            }
            scope.add(id);
        }
        return scope;
    }

    Check record(
            String party,
            String askedBy,
            String purpose,
            UUID subject,
            UUID batch,
            Screener.Asked asked,
            Screener.Screened s) {
        List<Check.StoredCandidate> candidates = new ArrayList<>();
        for (Candidate c : s.candidates()) {
            candidates.add(new Check.StoredCandidate(
                    c.list() + ":" + c.reference(),
                    c.list(),
                    c.reference(),
                    c.name(),
                    c.type().slug(),
                    c.regime(),
                    c.score(),
                    c.score() >= asked.threshold(),
                    c.match().matchedName(),
                    c.match().factors()));
        }
        return new Check(
                UUID.randomUUID(),
                party,
                askedBy,
                clock.instant(),
                purpose,
                subject,
                batch,
                asked.name(),
                asked.type() == null ? null : asked.type().slug(),
                asked.birthDate(),
                asked.nationality(),
                s.lists(),
                s.versions(),
                asked.threshold(),
                candidates,
                java.util.Optional.empty(),
                0);
    }

    /** The check, if the reader's party asked it or the reader is the secretariat; 404 otherwise. */
    Check get(String reader, UUID id) {
        return checks.find(id)
                .filter(c -> ScreeningAccess.seesChecksOf(reader, c.party()))
                .orElseThrow(() -> new NotFoundException("screening check", id.toString()));
    }

    PageView<Check> list(String reader, String purpose, int page, int size) {
        PageView.checkPaging(page, size);
        String p = purpose == null || purpose.isBlank() ? null : purpose.trim().toUpperCase(Locale.ROOT);
        if (p != null && !Set.of("CHECK", "BATCH", "RESCREENING").contains(p)) {
            throw new InvalidInputException("purpose", Message.of("screening.refused.purpose"));
        }
        return checks.list(reader, reader.equals(ScreeningAccess.SECRETARIAT), p, page, size);
    }

    @Transactional
    public Check decide(Actor actor, UUID id, String ifMatch, Long formVersion, DecisionRequest r) {
        Check c = get(actor.partyCode(), id);
        ScreeningAccess.requireDecider(actor, c.party(), id.toString());
        if (formVersion == null) {
            Versions.check(ifMatch, "screening check", id.toString(), c.version());
        } else if (formVersion != c.version()) {
            throw new StaleVersionException("screening check", id.toString(), c.version());
        }
        Check.Decision d = c.decide(r.decision(), r.reason(), r.entryId(), actor.username(), clock.instant());
        if (!checks.decide(id, c.version(), d, c.party())) {
            throw new StaleVersionException("screening check", id.toString(), c.version() + 1);
        }
        audit.record(
                actor,
                "decide",
                "screening-check",
                id.toString(),
                c.party(),
                "Decision " + d.verdict().slug() + (d.entryId() == null ? "" : " (" + d.entryId() + ")") + ": "
                        + d.reason());
        return get(actor.partyCode(), id);
    }

    CheckView view(Check c, Locale locale) {
        List<CandidateView> candidates = c.candidates().stream()
                .map(x -> new CandidateView(
                        x.entryId(),
                        x.list(),
                        x.reference(),
                        x.name(),
                        x.type(),
                        x.regime(),
                        x.score(),
                        x.possibleMatch(),
                        x.matchedName(),
                        explanation(x.score(), x.factors(), locale)))
                .toList();
        return new CheckView(
                c.id(),
                c.party(),
                c.askedBy(),
                c.askedAt(),
                c.purpose().toLowerCase(Locale.ROOT),
                c.name(),
                c.type(),
                c.birthDate(),
                c.nationality(),
                c.listVersions().stream()
                        .map(v -> new ScreeningViews.ListVersionView(
                                v.list(), v.version().isEmpty() ? null : UUID.fromString(v.version()), v.number()))
                        .toList(),
                c.threshold(),
                c.possibleMatches(),
                candidates,
                c.decision().map(CheckService::decision).orElse(null),
                checks.decisions(c.id()).stream().map(CheckService::decision).toList(),
                c.version());
    }

    ExplanationView explanation(double score, List<Factor> factors, Locale locale) {
        return new ExplanationView(
                explanations.summary(score, factors, locale),
                explanations.lines(factors, locale).stream()
                        .map(l -> new FactorView(l.code(), l.effect(), l.values(), l.text()))
                        .toList());
    }

    private static DecisionView decision(Check.Decision d) {
        return new DecisionView(d.verdict().slug(), d.reason(), d.entryId(), d.decidedBy(), d.decidedAt());
    }
}
