package org.gsi.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import org.gsi.commitments.PartyCode;
import org.gsi.commitments.PledgeId;

/** What a meeting produced: documents adopted, pledges made there, and follow-up actions. */
record Outcome(List<String> documentsAdopted, List<PledgeId> pledgesMade, List<FollowUp> followUps) {

    Outcome {
        documentsAdopted = List.copyOf(documentsAdopted);
        pledgesMade = List.copyOf(pledgesMade);
        followUps = List.copyOf(followUps);
    }

    /** An action agreed at the meeting, with who carries it out and by when. */
    record FollowUp(String action, PartyCode responsible, LocalDate due) {}
}
