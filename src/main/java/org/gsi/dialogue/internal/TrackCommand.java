package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gsi.dialogue.Mediator;
import org.gsi.dialogue.MediatorRole;
import org.gsi.registry.PartyCode;

/** A command accepted on a dialogue track, as written to the track's log; replaying the log rebuilds the track. */
sealed interface TrackCommand {

    void applyTo(DialogueTrack track, Delegate by, Instant at);

    Map<String, Class<? extends TrackCommand>> KINDS = Map.of(
            "propose-mediator", ProposeMediator.class,
            "accept-mediator", AcceptMediator.class,
            "decline-mediator", DeclineMediator.class,
            "end-mediation", EndMediation.class,
            "plan-session", PlanSession.class,
            "draft-minutes", DraftMinutes.class,
            "approve-minutes", ApproveMinutes.class,
            "add-follow-up", AddFollowUp.class,
            "complete-follow-up", CompleteFollowUp.class);

    default String logKind() {
        return KINDS.entrySet().stream()
                .filter(e -> e.getValue() == getClass())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    record ProposeMediator(String party, String person, MediatorRole role) implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.proposeMediator(by, new Mediator(PartyCode.of(party), person), role, at);
        }
    }

    record AcceptMediator() implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.acceptMediator(by, by.party(), at);
        }
    }

    record DeclineMediator(String reason) implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.declineMediator(by, by.party(), reason, at);
        }
    }

    record EndMediation(String reason) implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.endMediation(by, reason, at);
        }
    }

    record PlanSession(LocalDate date, String place, boolean online, List<String> participants, List<String> agenda)
            implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            TreeSet<PartyCode> parties = new TreeSet<>();
            participants.forEach(p -> parties.add(PartyCode.of(p)));
            t.planSession(by, date, new Venue(place, online), parties, agenda == null ? List.of() : agenda);
        }
    }

    record DraftMinutes(int session, String text) implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.draftMinutes(by, session, text);
        }
    }

    record ApproveMinutes(int session) implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.approveMinutes(by, by.party(), session, at);
        }
    }

    record AddFollowUp(int session, String description, String owner, LocalDate due) implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.addFollowUp(by, session, description, PartyCode.of(owner), due);
        }
    }

    record CompleteFollowUp(int session, int action, LocalDate on) implements TrackCommand {
        @Override
        public void applyTo(DialogueTrack t, Delegate by, Instant at) {
            t.completeFollowUp(by, session, action, on);
        }
    }
}
