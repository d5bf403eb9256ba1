package org.gsi.earlywarning.internal.situations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.internal.situations.SituationViews.AddAssessmentRequest;
import org.gsi.earlywarning.internal.situations.SituationViews.AddDevelopmentRequest;
import org.gsi.earlywarning.internal.situations.SituationViews.AssessmentView;
import org.gsi.earlywarning.internal.situations.SituationViews.CreateSituationRequest;
import org.gsi.earlywarning.internal.situations.SituationViews.SituationView;
import org.gsi.earlywarning.internal.situations.SituationViews.UpdateSituationRequest;
import org.gsi.platform.Actor;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.platform.Visibility;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Situations: a party's user opens one for its own party and sets who may read it (the parties concerned are its
 * participants). The owner party edits it; the owner and the parties concerned add developments; any party that
 * can read it adds assessments, each with its own visibility. A reader never learns of what they may not read.
 */
@Service
public class SituationService {

    static final List<String> STATUSES = List.of("MONITORING", "ESCALATING", "DE_ESCALATING", "RESOLVED");
    static final List<String> RISK_LEVELS = List.of("LOW", "MODERATE", "HIGH", "CRITICAL");

    private final SituationStore store;
    private final Registry registry;
    private final Taxonomy taxonomy;
    private final AuditLog audit;

    SituationService(SituationStore store, Registry registry, Taxonomy taxonomy, AuditLog audit) {
        this.store = store;
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @Transactional
    public SituationView create(Actor actor, CreateSituationRequest r) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create", "situation", null);
        return create(
                actor.partyCode(),
                actor.username(),
                r,
                false,
                id -> audit.record(
                        actor, "create", "situation", id.toString(), "Opened situation '" + r.title() + "'"));
    }

    /** Opens a situation for the demo scenario, owned by the secretariat. */
    @Transactional
    public SituationView createForDemo(String owner, CreateSituationRequest r) {
        return create(
                owner,
                "demo",
                r,
                true,
                id -> audit.recordSystem(
                        "demo", "create", "situation", id.toString(), "Demo situation '" + r.title() + "'"));
    }

    private SituationView create(
            String owner,
            String user,
            CreateSituationRequest r,
            boolean demo,
            java.util.function.Consumer<UUID> audited) {
        String title = required("title", r.title());
        List<String> countries = countries(r.countries());
        if (countries.isEmpty()) {
            throw new InvalidInputException("countries", Message.of("earlywarning.refused.countries"));
        }
        CreateSituationRequest clean = new CreateSituationRequest(
                title,
                r.summary(),
                countries,
                domains(r.domains()),
                parties(r.partiesConcerned()),
                r.status(),
                r.visibility());
        String status = choice("status", r.status(), STATUSES, "MONITORING");
        String visibility = r.visibility() == null
                ? "PARTICIPANTS"
                : Visibility.parse(r.visibility()).name();
        UUID id = UUID.randomUUID();
        store.insert(id, clean, status, visibility, owner, user, demo);
        audited.accept(id);
        return store.find(id, owner).orElseThrow();
    }

    public PageView<SituationView> search(String reader, String country, String status, String q, int page, int size) {
        String s = status == null || status.isBlank() ? null : choice("status", status, STATUSES, null);
        return store.search(reader, country, s, q, page, size);
    }

    /** The situation with its timeline and the assessments the reader may see; 404 when it is not visible. */
    public SituationView get(String reader, UUID id) {
        SituationView s = visible(reader, id);
        return s.with(store.developments(id), store.assessments(id, reader));
    }

    @Transactional
    public SituationView update(Actor actor, UUID id, String ifMatch, UpdateSituationRequest r) {
        SituationView s = visible(actor.partyCode(), id);
        actor.require(Permission.EDIT_PARTY_RECORDS, s.ownerParty(), "update", "situation", id.toString());
        Versions.check(ifMatch, "situation", id.toString(), s.version());
        String title = r.title() == null ? s.title() : required("title", r.title());
        boolean done = store.update(
                id,
                s.version(),
                title,
                r.summary() == null ? s.summary() : r.summary().trim(),
                r.domains() == null ? s.domains() : domains(r.domains()),
                r.partiesConcerned() == null ? s.partiesConcerned() : parties(r.partiesConcerned()),
                r.status() == null ? s.status() : choice("status", r.status(), STATUSES, null));
        if (!done) {
            throw new StaleVersionException("situation", id.toString(), s.version() + 1);
        }
        audit.record(actor, "update", "situation", id.toString(), s.ownerParty(), "Updated situation '" + title + "'");
        return get(actor.partyCode(), id);
    }

    @Transactional
    public SituationView addDevelopment(Actor actor, UUID id, AddDevelopmentRequest r) {
        SituationView s = visible(actor.partyCode(), id);
        if (!actor.can(Permission.EDIT_PARTY_RECORDS)
                || !(s.ownerParty().equals(actor.partyCode())
                        || s.partiesConcerned().contains(actor.partyCode()))) {
            throw new ForbiddenException(
                    "Only the owner party and the parties concerned record developments.",
                    "add-development",
                    "situation",
                    id.toString(),
                    s.ownerParty());
        }
        if (r.occurredOn() == null) {
            throw new InvalidInputException("occurredOn", Message.of("earlywarning.refused.occurredOn"));
        }
        store.addDevelopment(
                UUID.randomUUID(), id, r.occurredOn(), required("text", r.text()), actor.username(), actor.partyCode());
        audit.record(
                actor,
                "add-development",
                "situation",
                id.toString(),
                s.ownerParty(),
                "Development of " + r.occurredOn());
        return get(actor.partyCode(), id);
    }

    @Transactional
    public AssessmentView addAssessment(Actor actor, UUID id, AddAssessmentRequest r) {
        SituationView s = visible(actor.partyCode(), id);
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "assess", "situation", id.toString());
        UUID assessment = UUID.randomUUID();
        addAssessment(s, assessment, actor.partyCode(), actor.username(), r, false);
        audit.record(actor, "assess", "situation", id.toString(), "Assessment " + assessment);
        return store.assessment(assessment, actor.partyCode()).orElseThrow();
    }

    /** Adds a demo assessment by the given party, unless the situation already has one by it. */
    @Transactional
    public void addDemoAssessment(UUID situation, String party, AddAssessmentRequest r) {
        SituationView s = store.find(situation, party).orElseThrow();
        if (store.assessments(situation, party).stream()
                .noneMatch(a -> a.ownerParty().equals(party))) {
            addAssessment(s, UUID.randomUUID(), party, "demo", r, true);
        }
    }

    public Optional<UUID> findByTitle(String title) {
        return store.findByTitle(title);
    }

    public AssessmentView assessment(String reader, UUID id) {
        return store.assessment(id, reader).orElseThrow(() -> new NotFoundException("assessment", id.toString()));
    }

    private void addAssessment(
            SituationView s, UUID id, String party, String user, AddAssessmentRequest r, boolean demo) {
        String risk = choice("riskLevel", r.riskLevel(), RISK_LEVELS, null);
        String visibility = r.visibility() == null
                ? "PARTICIPANTS"
                : Visibility.parse(r.visibility()).name();
        Set<String> participants = new LinkedHashSet<>(s.partiesConcerned());
        participants.add(s.ownerParty());
        store.addAssessment(
                id,
                s.id(),
                party,
                user,
                visibility,
                new ArrayList<>(participants),
                risk,
                required("text", r.text()),
                r.assessedOn() == null ? LocalDate.now() : r.assessedOn(),
                demo);
    }

    private SituationView visible(String reader, UUID id) {
        return store.find(id, reader).orElseThrow(() -> new NotFoundException("situation", id.toString()));
    }

    private List<String> countries(List<String> codes) {
        List<String> clean = normalise(codes, true);
        for (String c : clean) {
            if (registry.find(c).filter(p -> p.isCountry()).isEmpty()) {
                throw new InvalidInputException("countries", Message.of("earlywarning.refused.notCountry", c));
            }
        }
        return clean;
    }

    private List<String> parties(List<String> codes) {
        List<String> clean = normalise(codes, false);
        for (String c : clean) {
            if (!registry.exists(c)) {
                throw new InvalidInputException("partiesConcerned", Message.of("form.refused.noParty", c));
            }
        }
        return clean;
    }

    private List<String> domains(List<String> codes) {
        List<String> clean = normalise(codes, false);
        List<String> unknown = taxonomy.unknown(TermKind.DOMAIN, clean);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "domains", Message.of("earlywarning.refused.domains", String.join(", ", unknown)));
        }
        return clean;
    }

    private static List<String> normalise(List<String> codes, boolean upper) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> upper ? c.trim().toUpperCase(Locale.ROOT) : c.trim())
                .distinct()
                .toList();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Message.of("earlywarning.refused.empty"));
        }
        if (value.length() > 10_000) {
            throw new InvalidInputException(field, Message.of("earlywarning.refused.tooLong", 10_000));
        }
        return value.trim();
    }

    private static String choice(String field, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new InvalidInputException(
                    field,
                    Message.of(
                            "earlywarning.refused.oneOf",
                            String.join(", ", allowed).toLowerCase()));
        }
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!allowed.contains(v)) {
            throw new InvalidInputException(
                    field,
                    Message.of(
                            "earlywarning.refused.oneOf",
                            String.join(", ", allowed).toLowerCase()));
        }
        return v;
    }
}
