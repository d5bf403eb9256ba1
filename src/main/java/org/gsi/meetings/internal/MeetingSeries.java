package org.gsi.meetings.internal;

import java.util.Objects;
import org.gsi.commitments.PartyCode;

/** A series of meetings: a mechanism (CICA Senior Officials Committee) or a forum (Xiangshan Forum). */
record MeetingSeries(String slug, String name, SeriesKind kind, PartyCode organiser) {

    MeetingSeries {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organiser, "organiser");
    }
}
