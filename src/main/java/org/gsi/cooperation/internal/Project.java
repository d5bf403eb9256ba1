package org.gsi.cooperation.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gsi.cooperation.ConsentDeclined;
import org.gsi.cooperation.ConsentGiven;
import org.gsi.cooperation.ConsentRequested;
import org.gsi.cooperation.ConsentWithdrawn;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.ParticipantJoined;
import org.gsi.cooperation.ParticipantRemoved;
import org.gsi.cooperation.ProjectActivated;
import org.gsi.cooperation.ProjectCancelled;
import org.gsi.cooperation.ProjectCompleted;
import org.gsi.cooperation.ProjectEvent;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectProposed;
import org.gsi.cooperation.ProjectResumed;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.cooperation.ProjectSuspended;
import org.gsi.cooperation.TransitionRefusedException;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * A cooperation project. It guards its lifecycle (draft, proposed, active, completed; suspended, cancelled) and
 * the consent of its participants, and records what happened as events for others to hear.
 */
public class Project {

    private final ProjectId id;
    private final PartyCode initiator;
    private final ConsentPolicy consentPolicy;
    private final Map<PartyCode, Participant> participants = new LinkedHashMap<>();
    private final Map<PartyCode, Consent> consents = new LinkedHashMap<>();
    private final List<ProjectEvent> events = new ArrayList<>();
    private ProjectDetails details;
    private ProjectStatus status = ProjectStatus.DRAFT;

    private Project(ProjectId id, PartyCode initiator, ProjectDetails details, ConsentPolicy consentPolicy) {
        this.id = Objects.requireNonNull(id, "id");
        this.initiator = Objects.requireNonNull(initiator, "initiator");
        this.details = Objects.requireNonNull(details, "details");
        this.consentPolicy = Objects.requireNonNull(consentPolicy, "consentPolicy");
    }

    public static Project draft(
            ProjectId id, PartyCode initiator, ProjectDetails details, ConsentPolicy consentPolicy) {
        return new Project(id, initiator, details, consentPolicy);
    }

    /** Rebuilds a stored project as it was saved, without recording any event. */
    public static Project restore(
            ProjectId id,
            PartyCode initiator,
            ProjectDetails details,
            ProjectStatus status,
            Collection<Participant> participants,
            Collection<Consent> consents,
            ConsentPolicy consentPolicy) {
        Project project = new Project(id, initiator, details, consentPolicy);
        project.status = Objects.requireNonNull(status, "status");
        participants.forEach(p -> project.participants.put(p.party(), p));
        consents.forEach(c -> project.consents.put(c.party(), c));
        return project;
    }

    public void updateDetails(ProjectDetails newDetails) {
        requireStatus("changeDetails", ProjectStatus.DRAFT);
        this.details = Objects.requireNonNull(newDetails, "details");
    }

    /**
     * Takes what a publisher's file states (titles, descriptions, areas, domains, countries, regions, dates, budget)
     * into a project of any status. Who may read the project stays as its party set it, so that a refresh never
     * widens it; fund, resolutions, participants, consents and status are not the file's to change.
     */
    public void refreshFromSource(ProjectDetails fromFile) {
        ProjectDetails d = Objects.requireNonNull(fromFile, "details");
        details = new ProjectDetails(
                d.title(),
                d.description(),
                d.priorityAreas(),
                d.domains(),
                d.countries(),
                d.regions(),
                d.dates(),
                d.budget(),
                details.fundId(),
                details.resolutions(),
                details.visibility());
    }

    /**
     * Starts a project that no other party takes part in: nobody's consent is needed, only that no security concern
     * blocks it. A project with participants starts only through proposal and their consent.
     */
    public void startAlone(Instant at, ConcernClearance clearance) {
        requireStatus("start", ProjectStatus.DRAFT);
        if (!participants.isEmpty()) {
            throw new TransitionRefusedException(Message.of("cooperation.refused.startWithParticipants"));
        }
        if (!clearance.blockingReasons().isEmpty()) {
            throw new TransitionRefusedException(
                    Message.of("cooperation.refused.notYetStart", Message.joined(clearance.blockingReasons())));
        }
        status = ProjectStatus.ACTIVE;
        details = details.withDates(
                details.dates().startedOn(at.atOffset(ZoneOffset.UTC).toLocalDate()));
        events.add(new ProjectActivated(id, at));
    }

    /** Adds a party; once the project is proposed, the party is asked to consent and is not bound before it does. */
    public void addParticipant(Participant participant, Instant at) {
        requireNotFinal("addParticipant");
        if (participants.containsKey(participant.party())) {
            throw new TransitionRefusedException(Message.of(
                    "cooperation.refused.alreadyParticipant",
                    participant.party().value()));
        }
        participants.put(participant.party(), participant);
        events.add(new ParticipantJoined(id, participant.party(), participant.roles(), at));
        if (status != ProjectStatus.DRAFT) {
            requestConsent(participant.party(), at);
        }
    }

    public void removeParticipant(PartyCode party, Instant at) {
        requireNotFinal("removeParticipant");
        if (participants.remove(party) == null) {
            throw new TransitionRefusedException(Message.of("cooperation.refused.notParticipant", party.value()));
        }
        consents.remove(party);
        events.add(new ParticipantRemoved(id, party, at));
    }

    public void propose(Instant at) {
        requireStatus("propose", ProjectStatus.DRAFT);
        if (participants.isEmpty()) {
            throw new TransitionRefusedException(Message.of("cooperation.refused.noParticipants"));
        }
        status = ProjectStatus.PROPOSED;
        events.add(new ProjectProposed(id, initiator, List.copyOf(participants.keySet()), at));
        participants.keySet().forEach(party -> requestConsent(party, at));
    }

    public void giveConsent(PartyCode party, ConsentActor actor, Instant at) {
        Consent consent = consentToAnswer(party, actor);
        if (consent.isGiven()) {
            throw new TransitionRefusedException(Message.of("cooperation.refused.alreadyConsented", party.value()));
        }
        consents.put(party, consent.answered(ConsentState.GIVEN, at, Optional.empty()));
        events.add(new ConsentGiven(id, party, at));
    }

    public void declineConsent(PartyCode party, ConsentActor actor, String reason, Instant at) {
        Consent consent = consentToAnswer(party, actor);
        if (!consent.isPending()) {
            throw new TransitionRefusedException(Message.of(
                    consent.isGiven() ? "cooperation.refused.declineGiven" : "cooperation.refused.declineAnswered",
                    party.value(),
                    consentWord(consent.state())));
        }
        String why = requireReason(reason);
        consents.put(party, consent.answered(ConsentState.DECLINED, at, Optional.of(why)));
        events.add(new ConsentDeclined(id, party, why, at));
    }

    public void withdrawConsent(PartyCode party, ConsentActor actor, String reason, Instant at) {
        Consent consent = consentToAnswer(party, actor);
        if (!consent.isGiven()) {
            throw new TransitionRefusedException(
                    Message.of("cooperation.refused.nothingToWithdraw", party.value(), consentWord(consent.state())));
        }
        String why = requireReason(reason);
        consents.put(party, consent.answered(ConsentState.WITHDRAWN, at, Optional.of(why)));
        events.add(new ConsentWithdrawn(id, party, why, at));
    }

    /** Activates a proposed project when every participant consented and no security concern blocks it. */
    public void activate(Instant at, ConcernClearance clearance) {
        requireStatus("activate", ProjectStatus.PROPOSED);
        List<Message> blockers = activationBlockers(clearance);
        if (!blockers.isEmpty()) {
            throw new TransitionRefusedException(
                    Message.of("cooperation.refused.notYetActivate", Message.joined(blockers)));
        }
        status = ProjectStatus.ACTIVE;
        details = details.withDates(
                details.dates().startedOn(at.atOffset(ZoneOffset.UTC).toLocalDate()));
        events.add(new ProjectActivated(id, at));
    }

    public void suspend(String reason, Instant at) {
        requireStatus("suspend", ProjectStatus.ACTIVE);
        String why = requireReason(reason);
        status = ProjectStatus.SUSPENDED;
        events.add(new ProjectSuspended(id, why, at));
    }

    public void resume(Instant at) {
        requireStatus("resume", ProjectStatus.SUSPENDED);
        status = ProjectStatus.ACTIVE;
        events.add(new ProjectResumed(id, at));
    }

    public void complete(Instant at) {
        requireStatus("complete", ProjectStatus.ACTIVE);
        status = ProjectStatus.COMPLETED;
        details = details.withDates(
                details.dates().endedOn(at.atOffset(ZoneOffset.UTC).toLocalDate()));
        events.add(new ProjectCompleted(id, at));
    }

    public void cancel(String reason, Instant at) {
        requireNotFinal("cancel");
        String why = requireReason(reason);
        ProjectStatus from = status;
        status = ProjectStatus.CANCELLED;
        events.add(new ProjectCancelled(id, from, why, at));
    }

    /** A party is bound by the project only once it has consented, and as long as it has not withdrawn. */
    public boolean isBound(PartyCode party) {
        return Optional.ofNullable(consents.get(party)).map(Consent::isGiven).orElse(false);
    }

    /** Why the project cannot be activated yet, each reason a message of the bundles; empty when it can. */
    public List<Message> activationBlockers(ConcernClearance clearance) {
        List<Message> blockers = new ArrayList<>(consentPolicy.blockers(consents.values()));
        blockers.addAll(clearance.blockingReasons());
        return blockers;
    }

    public List<Consent> pendingConsents() {
        return consents.values().stream().filter(Consent::isPending).toList();
    }

    public List<Consent> consentsWithReminderDue(Instant now) {
        return consents.values().stream()
                .filter(c -> consentPolicy.reminderDue(c, now))
                .toList();
    }

    public Optional<Consent> consentOf(PartyCode party) {
        return Optional.ofNullable(consents.get(party));
    }

    /** The events recorded since the last call, handed over once. */
    public List<ProjectEvent> pullEvents() {
        List<ProjectEvent> recorded = List.copyOf(events);
        events.clear();
        return recorded;
    }

    public ProjectId id() {
        return id;
    }

    public PartyCode initiator() {
        return initiator;
    }

    public ProjectDetails details() {
        return details;
    }

    public ProjectStatus status() {
        return status;
    }

    public Collection<Participant> participants() {
        return List.copyOf(participants.values());
    }

    public Collection<Consent> consents() {
        return List.copyOf(consents.values());
    }

    private void requestConsent(PartyCode party, Instant at) {
        Consent request = Consent.requested(party, at, consentPolicy.deadlineFor(at));
        consents.put(party, request);
        events.add(new ConsentRequested(id, party, request.deadline(), at));
    }

    private Consent consentToAnswer(PartyCode party, ConsentActor actor) {
        consentPolicy.requireMayAnswer(actor, party);
        requireNotFinal("answer");
        Consent consent = consents.get(party);
        if (consent == null) {
            throw new TransitionRefusedException(Message.of(
                    participants.containsKey(party)
                            ? "cooperation.refused.notAskedYet"
                            : "cooperation.refused.notParticipant",
                    party.value()));
        }
        return consent;
    }

    /** Refuses the step unless the project is in the one state it is taken from; {@code action} names its words. */
    private void requireStatus(String action, ProjectStatus allowed) {
        if (status != allowed) {
            throw new TransitionRefusedException(Message.of(
                    "cooperation.refused.status",
                    Message.of("cooperation.step." + action),
                    statusWord(status),
                    statusWord(allowed)));
        }
    }

    private void requireNotFinal(String action) {
        if (status.isFinal()) {
            throw new TransitionRefusedException(Message.of(
                    "cooperation.refused.closed", Message.of("cooperation.step." + action), statusWord(status)));
        }
    }

    private static Message statusWord(ProjectStatus state) {
        return Message.of("cooperation.status." + describe(state));
    }

    private static Message consentWord(ConsentState state) {
        return Message.of("cooperation.consent." + describe(state));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", Message.of("form.refused.reason"));
        }
        return reason.strip();
    }

    private static String describe(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
