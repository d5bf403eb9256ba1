package org.gsi.negotiation.internal;

/** Only participating parties may propose amendments or state positions. */
public final class NotAParticipantException extends NegotiationException {

    NotAParticipantException(Object party, String title) {
        super("Party " + party + " does not participate in the negotiation of \"" + title + "\"");
    }
}
