package org.gsi.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gsi.audit.AuditLog;
import org.gsi.concerns.ActivationDecision;
import org.gsi.concerns.Concerns;
import org.gsi.concerns.ProposalRef;
import org.gsi.concerns.ProposalScope;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.cooperation.TransitionRefusedException;
import org.gsi.platform.Actor;
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.gsi.platform.Versions;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on projects: load, check who may act, let the project guard its rules, save with the version it was
 * loaded at, then record the timeline, audit, notify and publish, all in one transaction.
 */
@Service
class ProjectService {

    /** A lifecycle step asked for through the API: propose, activate, suspend, resume, complete, cancel. */
    record TransitionRequest(String action, String reason) {}

    /** A party's answer: give, decline or withdraw (the last two with a reason). */
    record ConsentRequest(String party, String answer, String reason) {}

    private final ProjectStore store;
    private final ProjectForm form;
    private final ProjectEvents events;
    private final ProjectViews views;
    private final Concerns concerns;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ProjectService(
            ProjectStore store,
            ProjectForm form,
            ProjectEvents events,
            ProjectViews views,
            Concerns concerns,
            AuditLog audit) {
        this.store = store;
        this.form = form;
        this.events = events;
        this.views = views;
        this.concerns = concerns;
        this.audit = audit;
    }

    @Transactional
    ProjectId create(Actor actor, ProjectForm.ProjectRequest request, boolean demo) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create-project", "project", null);
        Project project = Project.draft(
                ProjectId.newId(), PartyCode.of(actor.partyCode()), form.details(request), ConsentPolicy.DEFAULT);
        Instant now = clock.instant();
        form.participants(request.participants()).forEach(p -> project.addParticipant(p, now));
        store.insert(project, Optional.empty(), demo);
        store.appendTimeline(project.id(), now, "project-drafted", actor.partyCode(), actor.username(), "");
        finish(
                actor,
                project,
                "create-project",
                "drafted: " + ProjectViews.title(project.details().title(), "en"));
        return project.id();
    }

    @Transactional
    void update(Actor actor, ProjectId id, String ifMatch, ProjectForm.ProjectRequest request) {
        ProjectStore.StoredProject stored = views.readable(id, actor.partyCode());
        Project project = stored.project();
        requireInitiator(actor, project, "update-project");
        Versions.check(ifMatch, "project", id.toString(), stored.version());
        project.updateDetails(form.details(request));
        if (request.participants() != null) {
            replaceParticipants(project, form.participants(request.participants()));
        }
        store.update(project, stored.version());
        finish(actor, project, "update-project", "details changed");
    }

    @Transactional
    void addParticipant(Actor actor, ProjectId id, ProjectForm.ParticipantRequest request) {
        ProjectStore.StoredProject stored = views.readable(id, actor.partyCode());
        Project project = stored.project();
        requireInitiator(actor, project, "add-participant");
        project.addParticipant(form.participant(request), clock.instant());
        store.update(project, stored.version());
        finish(actor, project, "add-participant", request.party() + " added");
    }

    @Transactional
    void transition(Actor actor, ProjectId id, String ifMatch, TransitionRequest request) {
        ProjectStore.StoredProject stored = views.readable(id, actor.partyCode());
        Project project = stored.project();
        String action = request.action() == null ? "" : request.action().strip().toLowerCase(Locale.ROOT);
        requireInitiator(actor, project, action + "-project");
        Versions.check(ifMatch, "project", id.toString(), stored.version());
        Instant now = clock.instant();
        switch (action) {
            case "propose" -> propose(project, now);
            case "activate" -> project.activate(now, clearance(project));
            case "suspend" -> project.suspend(request.reason(), now);
            case "resume" -> project.resume(now);
            case "complete" -> project.complete(now);
            case "cancel" -> project.cancel(request.reason(), now);
            default ->
                throw new InvalidFieldException(
                        "action",
                        Message.of(
                                "cooperation.refused.action", "propose, activate, suspend, resume, complete, cancel"));
        }
        store.update(project, stored.version());
        finish(actor, project, action + "-project", action + (request.reason() == null ? "" : ": " + request.reason()));
    }

    @Transactional
    void answerConsent(Actor actor, ProjectId id, ConsentRequest request) {
        ProjectStore.StoredProject stored = views.readable(id, actor.partyCode());
        Project project = stored.project();
        String party = request.party() == null || request.party().isBlank() ? actor.partyCode() : request.party();
        String answer = request.answer() == null ? "" : request.answer().strip().toLowerCase(Locale.ROOT);
        actor.require(Permission.SPEAK_FOR_PARTY, party, answer + "-consent", "project", id.toString());
        ConsentActor consentActor = new ConsentActor(PartyCode.of(actor.partyCode()), true);
        Instant now = clock.instant();
        switch (answer) {
            case "give" -> project.giveConsent(PartyCode.of(party), consentActor, now);
            case "decline" -> project.declineConsent(PartyCode.of(party), consentActor, request.reason(), now);
            case "withdraw" -> project.withdrawConsent(PartyCode.of(party), consentActor, request.reason(), now);
            default ->
                throw new InvalidFieldException(
                        "answer", Message.of("cooperation.refused.action", "give, decline, withdraw"));
        }
        store.update(project, stored.version());
        finish(actor, project, answer + "-consent", party + ": " + answer + reasonSuffix(request.reason()));
    }

    /**
     * Proposes a project to its participants. It is matched against the registered concerns after commit, when
     * {@link ProposalConcerns} hears that it was proposed, or at the latest when it is to be activated.
     */
    void propose(Project project, Instant now) {
        if (project.details().visibility() == Visibility.OWNER) {
            throw new TransitionRefusedException(Message.of("cooperation.refused.ownerOnlyPropose"));
        }
        project.propose(now);
    }

    /**
     * Matches a proposed project against the registered concerns of other parties, once: whoever claims the matching
     * first (the listener, or an activation that came before it) raises the concerns, any later caller finds it done.
     */
    void matchConcerns(Project project) {
        if (project.status() == ProjectStatus.DRAFT || !store.claimConcernsMatching(project.id())) {
            return;
        }
        Set<String> participants =
                project.participants().stream().map(p -> p.party().value()).collect(Collectors.toSet());
        ProjectDetails d = project.details();
        concerns.raiseOn(
                new ProposalScope(
                        ProposalRef.project(project.id()),
                        project.initiator().value(),
                        d.domains(),
                        d.countries(),
                        d.regions(),
                        participants,
                        Optional.of("project")),
                ProjectViews.title(d.title(), "en"),
                "/projects/" + project.id(),
                d.visibility() == Visibility.PUBLIC);
    }

    /** Whether the concerns let the project be activated now; a proposed project not yet matched is matched first. */
    ConcernClearance clearance(Project project) {
        matchConcerns(project);
        ActivationDecision decision = concerns.activationDecision(ProposalRef.project(project.id()));
        return new ConcernClearance(decision.blockingReasons());
    }

    private void replaceParticipants(Project project, List<Participant> wanted) {
        Instant now = clock.instant();
        Set<PartyCode> wantedParties = wanted.stream().map(Participant::party).collect(Collectors.toSet());
        project.participants().stream()
                .map(Participant::party)
                .filter(p -> !wantedParties.contains(p))
                .forEach(p -> project.removeParticipant(p, now));
        Set<PartyCode> present =
                project.participants().stream().map(Participant::party).collect(Collectors.toSet());
        wanted.stream().filter(p -> !present.contains(p.party())).forEach(p -> project.addParticipant(p, now));
    }

    private void requireInitiator(Actor actor, Project project, String action) {
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                project.initiator().value(),
                action,
                "project",
                project.id().toString());
    }

    private void finish(Actor actor, Project project, String action, String summary) {
        audit.record(
                actor,
                action,
                "project",
                project.id().toString(),
                project.initiator().value(),
                summary);
        events.handle(project, project.pullEvents(), actor.username());
    }

    private static String reasonSuffix(String reason) {
        return reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")";
    }

    static boolean isOpen(ProjectStatus status) {
        return !status.isFinal();
    }
}
