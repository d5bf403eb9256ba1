package org.gsi.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsi.audit.AuditLog;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.platform.Actor;
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.gsi.registry.PartyCode;
import org.springframework.stereotype.Component;

/**
 * Writes one imported activity through the project aggregate, as any other path does. A new activity becomes a
 * draft of the importing party, visible to its participants; when other registered parties take part, it is
 * proposed to them (consent requests with notices, and the concerns check), whatever status its file states; a
 * project of the importing party alone follows the file's status through its own transitions
 * ({@link ImportedStatusPolicy}). A re-import takes the fields that come from the file, never widens who may read
 * the project and never touches consent; a party newly named in the file is asked for its consent.
 */
@Component
class IatiActivityImport {

    /** What happened to one activity of an imported file. */
    record Outcome(String outcome, Message reason, UUID projectId, List<Message> warnings) {

        static Outcome rejected(Message reason, List<Message> warnings) {
            return new Outcome("rejected", reason, null, warnings);
        }
    }

    /** Identifiers of activities this platform exported for its own projects: the prefix, then the project id. */
    static final String OWN_PREFIX = IatiService.REPORTING_ORG.ref().orElseThrow() + "-";

    /** The same words whether the project does not exist or the importer may not change it. */
    static final Message NOT_YOURS = Message.of("cooperation.iati.notYours");

    private final ProjectStore store;
    private final ProjectService projects;
    private final ProjectEvents events;
    private final IatiSources sources;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    IatiActivityImport(
            ProjectStore store, ProjectService projects, ProjectEvents events, IatiSources sources, AuditLog audit) {
        this.store = store;
        this.projects = projects;
        this.events = events;
        this.sources = sources;
        this.audit = audit;
    }

    /** Writes one activity in the caller's transaction. */
    Outcome write(Actor actor, String identifier, IatiActivityMapping.Mapped m) {
        sources.commitWithoutWaitingForDisk();
        Optional<ProjectId> existing = existing(identifier);
        if (identifier.startsWith(OWN_PREFIX) && existing.isEmpty()) {
            return Outcome.rejected(NOT_YOURS, m.warnings());
        }
        if (existing.isPresent()) {
            return update(actor, identifier, existing.get(), m);
        }
        return create(actor, identifier, m);
    }

    private Optional<ProjectId> existing(String identifier) {
        Optional<ProjectId> imported = store.byIatiIdentifier(identifier);
        if (imported.isPresent() || !identifier.startsWith(OWN_PREFIX)) {
            return imported;
        }
        try {
            ProjectId own = new ProjectId(UUID.fromString(identifier.substring(OWN_PREFIX.length())));
            return store.version(own).map(v -> own);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Outcome create(Actor actor, String identifier, IatiActivityMapping.Mapped m) {
        Instant now = clock.instant();
        Project project =
                Project.draft(ProjectId.newId(), PartyCode.of(actor.partyCode()), m.details(), ConsentPolicy.DEFAULT);
        m.participants().forEach(p -> project.addParticipant(p, now));
        List<Message> warnings = new ArrayList<>(m.warnings());
        Optional<Integer> fileStatus = Optional.ofNullable(m.source().fileStatus());
        if (!project.participants().isEmpty()) {
            projects.propose(project, now);
        } else {
            follow(project, fileStatus, now, warnings);
        }
        project.refreshFromSource(m.details());
        store.insert(project, Optional.of(identifier), false);
        writeSource(project.id(), m, false);
        store.appendTimeline(project.id(), now, "iati-imported", actor.partyCode(), actor.username(), identifier);
        finish(actor, project, "imported " + identifier);
        return new Outcome("imported", null, project.id().value(), warnings);
    }

    private Outcome update(Actor actor, String identifier, ProjectId id, IatiActivityMapping.Mapped m) {
        ProjectStore.StoredProject stored =
                store.load(id, ConsentPolicy.DEFAULT).orElseThrow();
        Project project = stored.project();
        if (!project.initiator().value().equals(actor.partyCode()) || !actor.can(Permission.EDIT_PARTY_RECORDS)) {
            return Outcome.rejected(NOT_YOURS, m.warnings());
        }
        if (sources.hash(id).filter(m.hash()::equals).isPresent()) {
            return new Outcome("unchanged", null, id.value(), m.warnings());
        }
        Instant now = clock.instant();
        List<Message> warnings = new ArrayList<>(m.warnings());
        if (project.status().isFinal()) {
            warnings.add(Message.of("cooperation.iati.finalStatus", statusWord(project.status())));
        } else {
            Set<PartyCode> present =
                    project.participants().stream().map(Participant::party).collect(Collectors.toSet());
            m.participants().stream()
                    .filter(p -> !present.contains(p.party()))
                    .forEach(p -> project.addParticipant(p, now));
            Set<PartyCode> named =
                    m.participants().stream().map(Participant::party).collect(Collectors.toSet());
            present.stream()
                    .filter(p -> !named.contains(p))
                    .forEach(p -> warnings.add(Message.of("cooperation.iati.noLongerNamed", p.value())));
            if (project.participants().isEmpty()) {
                follow(project, Optional.ofNullable(m.source().fileStatus()), now, warnings);
            } else if (project.status() == ProjectStatus.DRAFT
                    && stored.iatiIdentifier().isPresent()) {
                // an imported draft that other parties now take part in is proposed to them, as on its first import
                projects.propose(project, now);
            }
        }
        project.refreshFromSource(m.details());
        store.update(project, stored.version());
        writeSource(id, m, true);
        store.appendTimeline(id, now, "iati-updated", actor.partyCode(), actor.username(), identifier);
        finish(actor, project, "updated " + identifier);
        return new Outcome("updated", null, id.value(), warnings);
    }

    private void follow(Project project, Optional<Integer> fileStatus, Instant now, List<Message> warnings) {
        if (fileStatus.isEmpty()) {
            return;
        }
        boolean reached;
        try {
            reached = ImportedStatusPolicy.follow(project, fileStatus.get(), now, projects.clearance(project));
        } catch (RuntimeException e) {
            warnings.add(Message.of(
                    "cooperation.iati.statusNotTaken",
                    fileStatus.get(),
                    org.gsi.cooperation.internal.iati.UnreadablePart.reason(e)));
            return;
        }
        ProjectStatus target = ImportedStatusPolicy.target(fileStatus.get());
        if (!reached) {
            warnings.add(Message.of(
                    "cooperation.iati.statusCannotFollow",
                    fileStatus.get(),
                    statusWord(target),
                    statusWord(project.status())));
        }
    }

    private static Message statusWord(ProjectStatus status) {
        return Message.of("cooperation.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void writeSource(ProjectId id, IatiActivityMapping.Mapped m, boolean existing) {
        sources.save(id, m.source(), m.hash());
        sources.replaceTransactions(id, m.transactions(), existing);
        sources.replaceResults(id, m.results(), existing);
        if (existing || !m.results().isEmpty()) {
            store.setProgress(
                    id,
                    ProgressRollup.project(
                            m.results().stream().map(ResultService::result).toList()));
        }
    }

    private void finish(Actor actor, Project project, String summary) {
        audit.record(
                actor,
                "import-iati",
                "project",
                project.id().toString(),
                project.initiator().value(),
                summary);
        events.handle(project, project.pullEvents(), actor.username());
    }
}
