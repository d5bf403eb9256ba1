package org.gsi.dialogue.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** A round of talks: its date, venue, participants, agenda, minutes and follow-up actions. */
final class Session {

    private final int number;
    private final LocalDate date;
    private final Venue venue;
    private final Set<PartyCode> participants;
    private final List<String> agenda;
    private final List<FollowUpAction> actions = new ArrayList<>();
    private Minutes minutes;

    Session(int number, LocalDate date, Venue venue, Set<PartyCode> participants, List<String> agenda) {
        if (date == null || participants.isEmpty()) {
            throw new InvalidTrackException(Message.of("dialogue.refused.session"));
        }
        this.number = number;
        this.date = date;
        this.venue = venue;
        this.participants = Set.copyOf(participants);
        this.agenda =
                agenda.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    void draftMinutes(String text, PartyCode by) {
        if (minutes == null) {
            minutes = new Minutes(text, by);
        } else {
            minutes.redraft(text, by);
        }
    }

    Minutes requireMinutes() {
        if (minutes == null) {
            throw new MinutesStateException(Message.of("dialogue.refused.noMinutes", number));
        }
        return minutes;
    }

    FollowUpAction addAction(String description, PartyCode owner, LocalDate due) {
        FollowUpAction action = new FollowUpAction(description, owner, due);
        actions.add(action);
        return action;
    }

    int number() {
        return number;
    }

    LocalDate date() {
        return date;
    }

    Venue venue() {
        return venue;
    }

    Set<PartyCode> participants() {
        return participants;
    }

    List<String> agenda() {
        return agenda;
    }

    Optional<Minutes> minutes() {
        return Optional.ofNullable(minutes);
    }

    List<FollowUpAction> actions() {
        return Collections.unmodifiableList(actions);
    }
}
