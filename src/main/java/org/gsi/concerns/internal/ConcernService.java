package org.gsi.concerns.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.concerns.ActivationDecision;
import org.gsi.concerns.ConcernId;
import org.gsi.concerns.ConcernRefusedException;
import org.gsi.concerns.ConcernVisibility;
import org.gsi.concerns.Concerns;
import org.gsi.concerns.ConsultationView;
import org.gsi.concerns.InvalidConcernException;
import org.gsi.concerns.ProposalRef;
import org.gsi.concerns.ProposalScope;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.ReaderFormats;
import org.gsi.platform.Versions;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers concerns, raises them on proposals, and records how each concerned party handled them. */
@Service
class ConcernService implements Concerns {

    /** What a focal point registers. */
    record RegisterConcernRequest(
            String text,
            List<String> domains,
            List<String> countries,
            List<String> regions,
            List<String> concernedParties,
            List<String> activityKinds,
            String visibility) {}

    /** A concern as the API shows it. */
    record ConcernView(
            UUID id,
            String ownerParty,
            String text,
            Set<String> domains,
            Set<String> countries,
            Set<String> regions,
            Set<String> concernedParties,
            Set<String> activityKinds,
            String visibility,
            Instant registeredAt,
            Instant withdrawnAt,
            boolean demo) {}

    private final ConcernStore store;
    private final Registry registry;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ConcernWindowPolicy windowPolicy;
    private final ConcernMatcher matcher = new ConcernMatcher();
    private final Clock clock = Clock.systemUTC();
    private final MessageSource messages;

    ConcernService(
            ConcernStore store,
            Registry registry,
            Taxonomy taxonomy,
            AuditLog audit,
            Notifications notifications,
            MessageSource messages,
            @Value("${gsi.concerns.window:14d}") Duration window) {
        this.messages = messages;
        this.store = store;
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.notifications = notifications;
        this.windowPolicy = new ConcernWindowPolicy(window);
    }

    Duration window() {
        return windowPolicy.window();
    }

    @Transactional
    ConcernView register(Actor actor, RegisterConcernRequest r, boolean demo) {
        actor.require(Permission.SPEAK_FOR_PARTY, actor.partyCode(), "register-concern", "concern", null);
        requireKnown(r.countries(), "countries");
        requireKnown(r.concernedParties(), "concernedParties");
        List<String> unknownDomains = taxonomy.unknown(TermKind.DOMAIN, list(r.domains()));
        if (!unknownDomains.isEmpty()) {
            throw new InvalidConcernException(
                    "domains", Message.of("concerns.refused.unknownDomain", unknownDomains.get(0)));
        }
        SecurityConcern concern = new SecurityConcern(
                ConcernId.newId(),
                actor.partyCode(),
                r.text(),
                Set.copyOf(list(r.domains())),
                Set.copyOf(list(r.countries())),
                Set.copyOf(list(r.regions())),
                Set.copyOf(list(r.concernedParties())),
                Set.copyOf(list(r.activityKinds())),
                visibility(r.visibility()),
                clock.instant());
        store.insert(concern, demo);
        audit.record(actor, "register-concern", "concern", concern.id().value().toString(), abbreviate(r.text()));
        return view(new ConcernStore.ConcernRow(concern, java.util.Optional.empty(), demo, 0));
    }

    @Transactional
    void withdraw(Actor actor, UUID id, String ifMatch) {
        ConcernStore.ConcernRow row = get(id);
        String owner = row.concern().ownerParty();
        actor.require(Permission.SPEAK_FOR_PARTY, owner, "withdraw-concern", "concern", id.toString());
        Versions.check(ifMatch, "concern", id.toString(), row.version());
        if (row.withdrawnAt().isPresent()) {
            throw new ConcernRefusedException(Message.of("concerns.refused.withdrawn"));
        }
        store.withdraw(id, clock.instant(), row.version());
        audit.record(actor, "withdraw-concern", "concern", id.toString(), owner, "withdrawn");
    }

    ConcernStore.ConcernRow get(UUID id) {
        return store.find(id, Actors.readerParty()).orElseThrow(() -> new NotFoundException("concern", id.toString()));
    }

    PageView<ConcernView> list(String owner, String domain, int page, int size) {
        PageView.checkPaging(page, size);
        String reader = Actors.readerParty();
        String o = blankToNull(owner);
        String d = blankToNull(domain);
        return new PageView<>(
                store.list(reader, o, d, page, size).stream()
                        .map(ConcernService::view)
                        .toList(),
                page,
                size,
                store.count(reader, o, d));
    }

    @Override
    @Transactional
    public List<ConsultationView> raiseOn(ProposalScope scope, String title, String link, boolean publicProposal) {
        List<SecurityConcern> candidates = store.active().stream()
                .filter(c -> publicProposal || scope.participants().contains(c.ownerParty()))
                .toList();
        Instant now = clock.instant();
        List<ConcernMatch> matches = matcher.matches(candidates, scope);
        List<Consultation> opened = windowPolicy.open(matches, scope.proposal(), now);
        for (int i = 0; i < opened.size(); i++) {
            Consultation c = opened.get(i);
            store.insertConsultation(c, title, matches.get(i).matchedOn());
            audit.recordSystem(
                    "concerns",
                    "raise-concern",
                    "concern",
                    c.concernId().value().toString(),
                    c.ownerParty() + " consulted on " + scope.proposal().kind() + " "
                            + scope.proposal().id() + ": " + c.explanation());
            notifications.toPartyFocalPoints(
                    c.ownerParty(),
                    Notice.of(
                            "concern-raised",
                            link,
                            party -> publicProposal || scope.participants().contains(party),
                            title,
                            new Notice.MessageKey(
                                    "concerns.proposal." + scope.proposal().kind()),
                            scope.proposingParty(),
                            c.words(),
                            c.closesAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate()));
        }
        return consultationsOn(scope.proposal());
    }

    @Override
    public ActivationDecision activationDecision(ProposalRef proposal) {
        String reader = Actors.readerParty();
        return windowPolicy.decide(
                store.consultationsOn(proposal).stream()
                        .map(ConcernStore.StoredConsultation::consultation)
                        .toList(),
                clock.instant(),
                c -> readable(c, reader));
    }

    /** Whether the reader may read the concern behind a consultation: its owner, the secretariat, or public. */
    private boolean readable(Consultation c, String reader) {
        return store.find(c.concernId().value(), reader).isPresent();
    }

    @Override
    public List<ConsultationView> consultationsOn(ProposalRef proposal) {
        return views(store.consultationsOn(proposal));
    }

    List<ConsultationView> consultationsOfMyParty() {
        return views(store.consultationsOf(Actors.required().partyCode()));
    }

    @Transactional
    ConsultationView answer(Actor actor, UUID consultationId, boolean addressed, String text) {
        ConcernStore.StoredConsultation stored = store.consultation(consultationId)
                .filter(s -> s.consultation().ownerParty().equals(actor.partyCode()))
                .orElseThrow(() -> new NotFoundException("consultation", consultationId.toString()));
        Consultation c = stored.consultation();
        String action = addressed ? "address-concern" : "object-to-proposal";
        actor.require(Permission.SPEAK_FOR_PARTY, c.ownerParty(), action, "consultation", consultationId.toString());
        ConcernActor concernActor = new ConcernActor(actor.partyCode(), actor.can(Permission.SPEAK_FOR_PARTY));
        if (addressed) {
            c.markAddressed(concernActor, text, clock.instant());
        } else {
            c.object(concernActor, text, clock.instant());
        }
        store.saveAnswer(stored);
        audit.record(actor, action, "consultation", consultationId.toString(), abbreviate(text));
        return views(List.of(stored)).get(0);
    }

    private List<ConsultationView> views(Collection<ConcernStore.StoredConsultation> stored) {
        String reader = Actors.readerParty();
        Instant now = clock.instant();
        List<ConsultationView> out = new ArrayList<>();
        ReaderFormats words = ReaderFormats.current(messages);
        for (ConcernStore.StoredConsultation s : stored) {
            Consultation c = s.consultation();
            // a concern the reader may not read is shown as raised and handled, never whose it is or what matched
            boolean readable = readable(c, reader);
            out.add(new ConsultationView(
                    s.id(),
                    c.concernId().value(),
                    readable ? c.ownerParty() : "",
                    readable
                            ? store.find(c.concernId().value(), reader)
                                    .map(r -> r.concern().text())
                                    .orElse("")
                            : "",
                    readable ? words.text(c.words()) : "",
                    c.stateAt(now).name().toLowerCase(Locale.ROOT),
                    c.proposal(),
                    s.proposalTitle(),
                    c.openedAt(),
                    c.closesAt(),
                    readable ? c.answer().orElse(null) : null,
                    c.answeredAt().orElse(null)));
        }
        return out;
    }

    static ConcernView view(ConcernStore.ConcernRow row) {
        SecurityConcern c = row.concern();
        return new ConcernView(
                c.id().value(),
                c.ownerParty(),
                c.text(),
                c.domains(),
                c.countries(),
                c.regions(),
                c.concernedParties(),
                c.activityKinds(),
                c.visibility().name().toLowerCase(Locale.ROOT),
                c.registeredAt(),
                row.withdrawnAt().orElse(null),
                row.demo());
    }

    private void requireKnown(List<String> parties, String field) {
        list(parties).stream().filter(p -> !registry.exists(p)).findFirst().ifPresent(p -> {
            throw new InvalidConcernException(field, Message.of("form.refused.noParty", p));
        });
    }

    private static ConcernVisibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return ConcernVisibility.SECRETARIAT;
        }
        try {
            return ConcernVisibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConcernException("visibility", Message.of("concerns.refused.visibility"));
        }
    }

    private static List<String> list(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String abbreviate(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }
}
