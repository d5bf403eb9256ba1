package org.gsi.meetings.internal;

import java.util.Optional;
import java.util.UUID;

/** An agenda, background paper or outcome document; an outcome may be a negotiated text. */
record MeetingDocument(Kind kind, String title, String reference, Optional<UUID> negotiatedText) {

    enum Kind {
        AGENDA,
        BACKGROUND,
        OUTCOME
    }
}
