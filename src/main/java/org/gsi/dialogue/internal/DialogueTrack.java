package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.dialogue.DialogueEvent;
import org.gsi.dialogue.DialogueFormat;
import org.gsi.dialogue.MediationEnded;
import org.gsi.dialogue.Mediator;
import org.gsi.dialogue.MediatorAppointed;
import org.gsi.dialogue.MediatorDeclined;
import org.gsi.dialogue.MediatorProposed;
import org.gsi.dialogue.MediatorRole;
import org.gsi.dialogue.MinutesApproved;
import org.gsi.dialogue.TrackId;
import org.gsi.platform.Message;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;

/**
 * A dialogue track on a difference, dispute or hotspot issue among the parties concerned. Mediation
 * comes only with the consent of every party concerned; minutes bind only once all approved them.
 */
final class DialogueTrack {

    private final TrackId id;
    private final String subject;
    private final Set<PartyCode> partiesConcerned;
    private final DialogueFormat format;
    private final Optional<String> relatedTo;
    private final Visibility visibility;
    private final PartyCode openedBy;
    private final Instant openedAt;
    private final List<Mediation> mediations = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<DialogueEvent> events = new ArrayList<>();

    private DialogueTrack(TrackDescription description, PartyCode openedBy, Instant openedAt) {
        this.id = description.id();
        this.subject = description.subject();
        this.partiesConcerned = Collections.unmodifiableSet(new TreeSet<>(description.partiesConcerned()));
        this.format = description.format();
        this.relatedTo = description.relatedTo();
        this.visibility = description.visibility();
        this.openedBy = Objects.requireNonNull(openedBy, "opened by");
        this.openedAt = Objects.requireNonNull(openedAt, "opened at");
    }

    static DialogueTrack open(TrackDescription description, Delegate actor, Instant at) {
        return new DialogueTrack(description, actor.party(), at);
    }

    Mediation proposeMediator(Delegate actor, Mediator mediator, MediatorRole role, Instant at) {
        if (!isVisibleTo(actor.party())) {
            throw new NotAPartyConcernedException(Message.of("dialogue.refused.noPart", String.valueOf(actor.party())));
        }
        if (currentMediation().isPresent()) {
            throw new MediationStateException(Message.of("dialogue.refused.mediationOpen"));
        }
        if (partiesConcerned.contains(mediator.party())) {
            throw new MediationStateException(
                    Message.of("dialogue.refused.ownDifference", String.valueOf(mediator.party())));
        }
        Mediation mediation = new Mediation(mediator, role, actor.party(), at, partiesConcerned);
        mediations.add(mediation);
        events.add(new MediatorProposed(id, mediator, role, actor.party(), partiesConcerned, at));
        if (partiesConcerned.contains(actor.party()) && actor.focalPoint()) {
            accept(mediation, actor.party(), at);
        }
        return mediation;
    }

    void acceptMediator(Delegate actor, PartyCode party, Instant at) {
        requireConcernedFocalPoint(actor, party);
        accept(pendingMediation(), party, at);
    }

    private void accept(Mediation mediation, PartyCode party, Instant at) {
        if (mediation.accept(party, at)) {
            events.add(new MediatorAppointed(id, mediation.mediator(), mediation.role(), at));
        }
    }

    void declineMediator(Delegate actor, PartyCode party, String reason, Instant at) {
        requireConcernedFocalPoint(actor, party);
        Mediation mediation = pendingMediation();
        mediation.decline(party, requireReason(reason), at);
        events.add(new MediatorDeclined(id, mediation.mediator(), party, reason.strip(), at));
    }

    /** A party concerned withdraws consent, or the mediator steps down: the role ends on the record. */
    void endMediation(Delegate actor, String reason, Instant at) {
        Mediation mediation = currentMediation()
                .filter(m -> m.status() == Mediation.Status.APPOINTED)
                .orElseThrow(() -> new MediationStateException(Message.of("dialogue.refused.noMediator")));
        boolean mediator = actor.party().equals(mediation.mediator().party());
        if (!mediator) {
            requireConcernedFocalPoint(actor, actor.party());
        }
        mediation.end(actor.party(), requireReason(reason), at);
        events.add(new MediationEnded(id, mediation.mediator(), actor.party(), reason.strip(), at));
    }

    Session planSession(Delegate actor, LocalDate date, Venue venue, Set<PartyCode> participants, List<String> agenda) {
        requireActor(actor);
        Set<PartyCode> allowed = new TreeSet<>(partiesConcerned);
        appointedMediator().ifPresent(m -> allowed.add(m.party()));
        if (!allowed.containsAll(participants)) {
            throw new NotAPartyConcernedException(Message.of(
                    "dialogue.refused.sessionParticipants",
                    String.join(
                            ", ",
                            participants.stream()
                                    .filter(p -> !allowed.contains(p))
                                    .map(String::valueOf)
                                    .toList())));
        }
        Session session = new Session(sessions.size() + 1, date, venue, participants, agenda);
        sessions.add(session);
        return session;
    }

    void draftMinutes(Delegate actor, int session, String text) {
        requireActor(actor);
        session(session).draftMinutes(text, actor.party());
    }

    void approveMinutes(Delegate actor, PartyCode party, int session, Instant at) {
        requireConcernedFocalPoint(actor, party);
        if (session(session).requireMinutes().approve(party, partiesConcerned, at)) {
            events.add(new MinutesApproved(id, session, at));
        }
    }

    FollowUpAction addFollowUp(Delegate actor, int session, String description, PartyCode owner, LocalDate due) {
        requireActor(actor);
        if (!partiesConcerned.contains(owner)
                && appointedMediator().filter(m -> m.party().equals(owner)).isEmpty()) {
            throw new NotAPartyConcernedException(Message.of("dialogue.refused.actionOwner", String.valueOf(owner)));
        }
        return session(session).addAction(description, owner, due);
    }

    /** The owner of a follow-up action marks it done (actions are numbered from 1 within a session). */
    void completeFollowUp(Delegate actor, int session, int action, LocalDate on) {
        List<FollowUpAction> actions = session(session).actions();
        if (action < 1 || action > actions.size()) {
            throw new UnknownSessionException(Message.of("dialogue.refused.noAction", session, action));
        }
        FollowUpAction followUp = actions.get(action - 1);
        if (!followUp.owner().equals(actor.party())) {
            throw new NotAPartyConcernedException(
                    Message.of("dialogue.refused.actionDone", String.valueOf(followUp.owner())));
        }
        followUp.markDone(on);
    }

    List<FollowUpAction> overdueActions(LocalDate today) {
        return sessions.stream()
                .flatMap(s -> s.actions().stream())
                .filter(a -> a.isOverdue(today))
                .toList();
    }

    /** Parties concerned (and a live mediator) see a participants-only track; the owner sees an owner-only one. */
    boolean isVisibleTo(PartyCode viewer) {
        return switch (visibility) {
            case PUBLIC -> true;
            case OWNER -> viewer.equals(openedBy);
            case PARTICIPANTS ->
                viewer.equals(openedBy)
                        || partiesConcerned.contains(viewer)
                        || currentMediation()
                                .filter(m -> m.mediator().party().equals(viewer))
                                .isPresent();
        };
    }

    Optional<Mediator> appointedMediator() {
        return currentMediation()
                .filter(m -> m.status() == Mediation.Status.APPOINTED)
                .map(Mediation::mediator);
    }

    Optional<Mediation> currentMediation() {
        return mediations.stream().filter(Mediation::isLive).findFirst();
    }

    private Mediation pendingMediation() {
        return currentMediation()
                .filter(m -> m.status() == Mediation.Status.PROPOSED)
                .orElseThrow(() -> new MediationStateException(Message.of("dialogue.refused.noProposal")));
    }

    private Session session(int number) {
        if (number < 1 || number > sessions.size()) {
            throw new UnknownSessionException(Message.of("dialogue.refused.noSession", number));
        }
        return sessions.get(number - 1);
    }

    private void requireConcernedFocalPoint(Delegate actor, PartyCode party) {
        FocalPointPolicy.requireOwnFocalPoint(actor, party);
        if (!partiesConcerned.contains(party)) {
            throw new NotAPartyConcernedException(
                    Message.of("dialogue.refused.notConcerned", String.valueOf(party), subject));
        }
    }

    /** Parties concerned and an appointed mediator run sessions. */
    private void requireActor(Delegate actor) {
        boolean mediator =
                appointedMediator().filter(m -> m.party().equals(actor.party())).isPresent();
        if (!partiesConcerned.contains(actor.party()) && !mediator) {
            throw new NotAPartyConcernedException(
                    Message.of("dialogue.refused.noPartIn", String.valueOf(actor.party()), subject));
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidTrackException(Message.of("form.refused.reason"));
        }
        return reason.strip();
    }

    List<DialogueEvent> drainEvents() {
        List<DialogueEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    TrackId id() {
        return id;
    }

    String subject() {
        return subject;
    }

    Set<PartyCode> partiesConcerned() {
        return partiesConcerned;
    }

    DialogueFormat format() {
        return format;
    }

    Optional<String> relatedTo() {
        return relatedTo;
    }

    Visibility visibility() {
        return visibility;
    }

    Instant openedAt() {
        return openedAt;
    }

    List<Mediation> mediations() {
        return Collections.unmodifiableList(mediations);
    }

    List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }
}
