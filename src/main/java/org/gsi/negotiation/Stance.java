package org.gsi.negotiation;

/** A party's position on a paragraph or an option, on a gradient of agreement. */
public enum Stance {
    ENDORSE,
    SUPPORT,
    CAN_LIVE_WITH,
    RESERVATION,
    CANNOT_ACCEPT;

    /** A reservation or an objection must say why. */
    public boolean requiresReason() {
        return this == RESERVATION || this == CANNOT_ACCEPT;
    }

    /** Endorse or support: counts toward unanimity. */
    public boolean isFavourable() {
        return this == ENDORSE || this == SUPPORT;
    }

    /** Endorse, support or can live with it: counts toward a qualified majority. */
    public boolean isAccepting() {
        return isFavourable() || this == CAN_LIVE_WITH;
    }
}
