package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.concerns.Concerns;
import org.gsi.concerns.ConsultationView;
import org.gsi.concerns.ProposalRef;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.platform.Actors;
import org.gsi.platform.NotFoundException;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Component;

/** Reads projects for the current reader: a project the reader may not see is simply not found. */
@Component
class ProjectViews {

    /** A participant with its roles and where its consent stands. */
    record ParticipantView(
            String party,
            String name,
            List<String> roles,
            String consent,
            Instant requestedAt,
            Instant deadline,
            Instant answeredAt,
            String reason) {}

    /**
     * A project as the API and the pages show it. {@code unclassified}: no priority area names it yet; {@code iati}:
     * what its IATI file states beyond the project's fields (publisher, the file's activity status as a note,
     * sectors, regions, other organisations, budgets), absent for a project drafted on the platform.
     */
    record ProjectView(
            UUID id,
            String iatiIdentifier,
            Map<String, String> title,
            Map<String, String> description,
            String status,
            int iatiStatus,
            String initiator,
            String visibility,
            List<ParticipantView> participants,
            List<String> priorityAreas,
            boolean unclassified,
            List<String> domains,
            List<String> countries,
            List<String> regions,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            BigDecimal budget,
            String currency,
            String fundId,
            List<String> resolutions,
            List<String> activationBlockers,
            List<ConsultationView> concerns,
            BigDecimal progress,
            boolean demo,
            long version,
            IatiSource iati) {}

    private final ProjectStore store;
    private final Registry registry;
    private final Concerns concerns;
    private final IatiSources sources;

    ProjectViews(ProjectStore store, Registry registry, Concerns concerns, IatiSources sources) {
        this.store = store;
        this.registry = registry;
        this.concerns = concerns;
        this.sources = sources;
    }

    /** The project if the current reader may read it; otherwise 404, never revealing that it exists. */
    ProjectStore.StoredProject readable(ProjectId id) {
        return readable(id, Actors.readerParty());
    }

    /** The project if a reader acting for {@code party} may read it; otherwise 404. */
    ProjectStore.StoredProject readable(ProjectId id, String party) {
        return store.load(id, ConsentPolicy.DEFAULT)
                .filter(s -> mayRead(s.project(), party))
                .orElseThrow(() -> new NotFoundException("project", id.toString()));
    }

    /** Whether a reader acting for {@code reader} ("" when anonymous) may read the project; a draft is its party's. */
    static boolean mayRead(Project p, String reader) {
        return p.details()
                .visibility()
                .admits(
                        reader,
                        p.initiator().value(),
                        p.participants().stream().map(x -> x.party().value()).toList(),
                        p.status() == ProjectStatus.DRAFT);
    }

    ProjectView view(ProjectStore.StoredProject stored, String lang) {
        Project p = stored.project();
        ProjectDetails d = p.details();
        List<ConsultationView> raised = concerns.consultationsOn(ProposalRef.project(p.id()));
        List<String> blockers = p.status() == ProjectStatus.PROPOSED
                ? p.activationBlockers(new ConcernClearance(
                        concerns.activationDecision(ProposalRef.project(p.id())).blockingReasons()))
                : List.of();
        return new ProjectView(
                p.id().value(),
                stored.iatiIdentifier().orElse(null),
                ProjectStore.texts(d.title()),
                ProjectStore.texts(d.description()),
                p.status().name().toLowerCase(Locale.ROOT),
                p.status().iatiCode(),
                p.initiator().value(),
                d.visibility().name().toLowerCase(Locale.ROOT),
                p.participants().stream().map(x -> participant(p, x, lang)).toList(),
                d.priorityAreas().stream()
                        .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                        .map(PriorityArea::code)
                        .toList(),
                d.unclassified(),
                d.domains().stream().sorted().toList(),
                d.countries().stream().sorted().toList(),
                d.regions().stream().sorted().toList(),
                d.dates().plannedStart().orElse(null),
                d.dates().plannedEnd().orElse(null),
                d.dates().actualStart().orElse(null),
                d.dates().actualEnd().orElse(null),
                d.budget().map(Money::amount).orElse(null),
                d.budget().map(m -> m.currency().value()).orElse(null),
                d.fundId().orElse(null),
                d.resolutions().stream().map(ResolutionSymbol::value).toList(),
                blockers,
                raised,
                stored.progress().orElse(null),
                stored.demo(),
                stored.version(),
                stored.iatiIdentifier().flatMap(i -> sources.find(p.id())).orElse(null));
    }

    private ParticipantView participant(Project p, Participant x, String lang) {
        Optional<Consent> c = p.consentOf(x.party());
        return new ParticipantView(
                x.party().value(),
                partyName(x.party().value(), lang),
                x.roles().stream()
                        .map(r -> r.name().toLowerCase(Locale.ROOT))
                        .sorted()
                        .toList(),
                c.map(k -> k.state().name().toLowerCase(Locale.ROOT)).orElse("not-requested"),
                c.map(Consent::requestedAt).orElse(null),
                c.map(Consent::deadline).orElse(null),
                c.flatMap(Consent::answeredAt).orElse(null),
                c.flatMap(Consent::reason).orElse(null));
    }

    String partyName(String code, String lang) {
        return registry.find(code).map(s -> s.name(lang)).orElse(code);
    }

    static String title(LocalizedText text, String lang) {
        return text.preferring(Language.fromTag(lang).orElse(Language.EN)).orElse("");
    }
}
