package org.gsi.dialogue.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** The minutes of a session: drafted (and redrafted), then approved by every party concerned. */
final class Minutes {

    private String text;
    private PartyCode draftedBy;
    private final Set<PartyCode> approvals = new TreeSet<>();
    private Instant approvedAt;

    Minutes(String text, PartyCode draftedBy) {
        redraft(text, draftedBy);
    }

    /** A new draft replaces the text and asks every party to approve again. */
    void redraft(String newText, PartyCode by) {
        requireDraft();
        if (newText == null || newText.isBlank()) {
            throw new InvalidTrackException(Message.of("dialogue.refused.minutesText"));
        }
        text = newText.strip();
        draftedBy = by;
        approvals.clear();
    }

    /** Records an approval; answers whether every party concerned has now approved. */
    boolean approve(PartyCode party, Set<PartyCode> partiesConcerned, Instant at) {
        requireDraft();
        approvals.add(party);
        if (approvals.containsAll(partiesConcerned)) {
            approvedAt = at;
            return true;
        }
        return false;
    }

    private void requireDraft() {
        if (approvedAt != null) {
            throw new MinutesStateException(Message.of("dialogue.refused.minutesFinal"));
        }
    }

    boolean isApproved() {
        return approvedAt != null;
    }

    String text() {
        return text;
    }

    PartyCode draftedBy() {
        return draftedBy;
    }

    Set<PartyCode> approvals() {
        return Collections.unmodifiableSet(approvals);
    }

    Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }
}
