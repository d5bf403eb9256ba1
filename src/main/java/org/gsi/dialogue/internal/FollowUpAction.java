package org.gsi.dialogue.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Something a party undertook at a session, due by a date. */
final class FollowUpAction {

    private final String description;
    private final PartyCode owner;
    private final LocalDate due;
    private LocalDate doneOn;

    FollowUpAction(String description, PartyCode owner, LocalDate due) {
        if (description == null || description.isBlank() || due == null) {
            throw new InvalidTrackException(Message.of("dialogue.refused.followUp"));
        }
        this.description = description.strip();
        this.owner = owner;
        this.due = due;
    }

    void markDone(LocalDate on) {
        doneOn = on;
    }

    boolean isOverdue(LocalDate today) {
        return doneOn == null && today.isAfter(due);
    }

    String description() {
        return description;
    }

    PartyCode owner() {
        return owner;
    }

    LocalDate due() {
        return due;
    }

    Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }
}
