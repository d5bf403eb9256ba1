package org.gsi.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.registry.MembershipView;
import org.gsi.registry.PartyCode;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartyRegistered;
import org.gsi.registry.PartySummary;
import org.gsi.registry.PartyUpdated;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegistryService implements Registry {

    static final Set<String> STATUSES = Set.of(
            "member",
            "observer",
            "observer_state",
            "partner",
            "associate_member",
            "dialogue_partner",
            "member_suspended",
            "invited_not_confirmed",
            "core",
            "greater_horn",
            "withdrawn",
            "ended");
    static final Set<PartyKind> REGISTRABLE =
            Set.of(PartyKind.ORGANISATION, PartyKind.FORUM, PartyKind.INSTITUTION, PartyKind.NGO);

    private final PartyStore store;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RegistryService(PartyStore store, Taxonomy taxonomy, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Optional<PartySummary> find(String code) {
        return code == null ? Optional.empty() : store.find(code);
    }

    /** A party by its code, or by ISO alpha-2, alpha-3 or M49 code for countries. */
    PartySummary require(String code) {
        return store.findByAnyCode(code).orElseThrow(() -> new NotFoundException("party", code));
    }

    @Override
    public boolean exists(String code) {
        return code != null && store.exists(code);
    }

    @Override
    public PageView<PartySummary> search(PartyQuery query) {
        PageView.checkPaging(query.page(), query.size());
        return store.search(query);
    }

    @Override
    public List<String> currentMembers(String mechanismCode) {
        return store.currentMembers(mechanismCode, List.of("member", "member_suspended"));
    }

    @Override
    public Set<String> groupings(String code) {
        return groupingsOf(require(code));
    }

    /** The M49 groupings of a party already read. */
    static Set<String> groupingsOf(PartySummary p) {
        Set<String> out = new LinkedHashSet<>();
        if (p.ldc()) {
            out.add("ldc");
        }
        if (p.lldc()) {
            out.add("lldc");
        }
        if (p.sids()) {
            out.add("sids");
        }
        if ("member".equals(p.unStatus())) {
            out.add("un-member");
        }
        if ("observer".equals(p.unStatus())) {
            out.add("un-observer");
        }
        return out;
    }

    @Override
    public List<PartySummary> mechanisms() {
        return store.mechanisms();
    }

    List<PartySummary> organsOf(String code) {
        return store.children(code);
    }

    List<MembershipView> memberships(String code) {
        return store.memberships(require(code).code());
    }

    /** Memberships of a party already read (no second look-up of its code). */
    List<MembershipView> memberships(PartySummary party) {
        return store.memberships(party.code());
    }

    Map<String, String> statusesIn(String mechanism) {
        PartySummary m = require(mechanism);
        if (m.mechanismKind() == null) {
            throw new NotFoundException("mechanism", mechanism);
        }
        return store.currentStatuses(m.code());
    }

    @Transactional
    PartySummary register(Actor actor, RegisterPartyRequest request) {
        actor.require(Permission.MANAGE_REGISTRY, "register", "party", request.code());
        PartyKind kind = PartyKind.parse(request.kind());
        if (!REGISTRABLE.contains(kind)) {
            throw new InvalidInputException("kind", Message.of("registry.refused.notRegistrable"));
        }
        if (!PartyCode.isOrganisationCode(request.code())) {
            throw new InvalidInputException("code", Message.of("registry.refused.organisationCode"));
        }
        Map<String, String> names = checkNames(request.names());
        if (store.exists(request.code())) {
            throw new ConflictException(Message.of("registry.refused.exists", request.code()));
        }
        if (request.parent() != null && !store.exists(request.parent())) {
            throw new InvalidInputException("parent", Message.of("form.refused.noParty", request.parent()));
        }
        if (request.mechanismKind() != null && !taxonomy.isA(TermKind.MECHANISM_KIND, request.mechanismKind())) {
            throw new InvalidInputException("mechanismKind", Message.of("registry.refused.mechanismKind"));
        }
        store.insertOther(
                request.code(),
                kind.slug(),
                request.shortName(),
                names,
                request.parent(),
                request.mechanismKind(),
                request.description(),
                false);
        audit.record(actor, "register", "party", request.code(), "Registered " + kind.slug() + " " + names.get("en"));
        events.publishEvent(new PartyRegistered(request.code(), kind));
        return store.find(request.code()).orElseThrow();
    }

    @Transactional
    PartySummary update(Actor actor, String code, String ifMatch, UpdatePartyRequest request) {
        PartySummary current = require(code);
        actor.require(Permission.MANAGE_REGISTRY, "update", "party", current.code());
        Versions.check(ifMatch, "party", current.code(), current.version());
        Map<String, String> names = checkNames(request.names());
        if (!store.update(current.code(), current.version(), request.shortName(), names, request.description())) {
            long now = store.find(current.code()).map(PartySummary::version).orElse(current.version());
            throw new StaleVersionException("party", current.code(), now);
        }
        audit.record(actor, "update", "party", current.code(), "Updated names and description");
        events.publishEvent(new PartyUpdated(current.code()));
        return store.find(current.code()).orElseThrow();
    }

    @Transactional
    MembershipView recordMembership(Actor actor, String mechanism, RecordMembershipRequest request) {
        PartySummary m = require(mechanism);
        actor.require(Permission.MANAGE_REGISTRY, "record-membership", "membership", m.code());
        if (m.mechanismKind() == null) {
            throw new InvalidInputException("mechanism", Message.of("registry.refused.notMechanism", m.code()));
        }
        if (request.member() == null || !store.exists(request.member())) {
            throw new InvalidInputException(
                    "member", Message.of("form.refused.noParty", String.valueOf(request.member())));
        }
        if (request.status() == null || !STATUSES.contains(request.status())) {
            throw new InvalidInputException(
                    "status",
                    Message.of(
                            "registry.refused.membershipStatus",
                            String.join(", ", STATUSES.stream().sorted().toList())));
        }
        if (request.effectiveFrom() == null) {
            throw new InvalidInputException("effectiveFrom", Message.of("registry.refused.effectiveFrom"));
        }
        if (request.source() == null || request.source().isBlank()) {
            throw new InvalidInputException("source", Message.of("registry.refused.source"));
        }
        long id = store.insertMembership(
                m.code(),
                request.member(),
                request.status(),
                request.effectiveFrom(),
                request.effectiveFrom().toString(),
                LocalDate.now(),
                request.source().trim(),
                request.note(),
                actor.username());
        audit.record(
                actor,
                "record-membership",
                "membership",
                m.code() + "/" + request.member(),
                request.member() + " " + request.status() + " of " + m.code() + " from " + request.effectiveFrom());
        return store.memberships(m.code()).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> checkNames(Map<String, String> names) {
        if (names == null || names.get("en") == null || names.get("en").isBlank()) {
            throw new InvalidInputException("names.en", Message.of("registry.refused.englishName"));
        }
        List<String> unknown = new ArrayList<>(names.keySet());
        unknown.removeAll(PartyStore.LANGUAGES);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "names", Message.of("registry.refused.nameLanguages", String.join(", ", unknown)));
        }
        return names;
    }

    record RegisterPartyRequest(
            String code,
            String kind,
            String shortName,
            Map<String, String> names,
            String parent,
            String mechanismKind,
            String description) {}

    record UpdatePartyRequest(String shortName, Map<String, String> names, String description) {}

    record RecordMembershipRequest(String member, String status, LocalDate effectiveFrom, String source, String note) {}
}
