package org.gsi.earlywarning;

/**
 * The platform's event typology. Each source's own typology maps onto it: UCDP type of violence,
 * ACLED event types, CAMEO QuadClass, and the incident report categories.
 */
public enum EventCategory {
    STATE_BASED_CONFLICT(Tone.CONFLICTUAL),
    NON_STATE_CONFLICT(Tone.CONFLICTUAL),
    ONE_SIDED_VIOLENCE(Tone.CONFLICTUAL),
    BATTLE(Tone.CONFLICTUAL),
    EXPLOSION_REMOTE_VIOLENCE(Tone.CONFLICTUAL),
    VIOLENCE_AGAINST_CIVILIANS(Tone.CONFLICTUAL),
    PROTEST(Tone.CONFLICTUAL),
    RIOT(Tone.CONFLICTUAL),
    STRATEGIC_DEVELOPMENT(Tone.NEUTRAL),
    VERBAL_COOPERATION(Tone.COOPERATIVE),
    MATERIAL_COOPERATION(Tone.COOPERATIVE),
    VERBAL_CONFLICT(Tone.CONFLICTUAL),
    MATERIAL_CONFLICT(Tone.CONFLICTUAL),
    PIRACY_ARMED_ROBBERY_AT_SEA(Tone.CONFLICTUAL),
    TERRORIST_ATTACK(Tone.CONFLICTUAL),
    CYBER_INCIDENT(Tone.CONFLICTUAL),
    DISEASE_OUTBREAK(Tone.NEUTRAL),
    /** A row whose type the source states in a way no mapping knows: kept, counted, and pointed out on import. */
    UNCLASSIFIED(Tone.NEUTRAL);

    /** Whether events of a category express conflict, cooperation, or neither. */
    public enum Tone {
        CONFLICTUAL,
        COOPERATIVE,
        NEUTRAL
    }

    private final Tone tone;

    EventCategory(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }
}
