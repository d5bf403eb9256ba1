package org.gsi.earlywarning.internal.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.EventCategory;

/**
 * Maps each source's own typology onto {@link EventCategory}. A type the mapping does not know gives an empty
 * result for UCDP, ACLED and incident reports (the row is kept as unclassified, with a warning); for CAMEO it
 * rejects the row, whose coding is then unusable.
 */
final class CategoryMapping {

    private static final Map<String, EventCategory> ACLED_EVENT_TYPES = Map.of(
            "battles", EventCategory.BATTLE,
            "explosions/remote violence", EventCategory.EXPLOSION_REMOTE_VIOLENCE,
            "violence against civilians", EventCategory.VIOLENCE_AGAINST_CIVILIANS,
            "protests", EventCategory.PROTEST,
            "riots", EventCategory.RIOT,
            "strategic developments", EventCategory.STRATEGIC_DEVELOPMENT);

    /** Sub-event types that are protests in substance even where the event type is spelled otherwise. */
    private static final Map<String, EventCategory> ACLED_SUB_EVENT_TYPES = Map.of(
            "peaceful protest", EventCategory.PROTEST,
            "protest with intervention", EventCategory.PROTEST,
            "excessive force against protesters", EventCategory.PROTEST,
            "violent demonstration", EventCategory.RIOT,
            "mob violence", EventCategory.RIOT);

    private static final Map<String, EventCategory> INCIDENT_CATEGORIES = Map.of(
            "piracy", EventCategory.PIRACY_ARMED_ROBBERY_AT_SEA,
            "terrorist-attack", EventCategory.TERRORIST_ATTACK,
            "cyber-incident", EventCategory.CYBER_INCIDENT,
            "disease-outbreak", EventCategory.DISEASE_OUTBREAK);

    private CategoryMapping() {}

    /** UCDP type_of_violence: 1 state-based conflict, 2 non-state conflict, 3 one-sided violence. */
    static Optional<EventCategory> ucdpTypeOfViolence(String type) {
        return switch (type.trim()) {
            case "1" -> Optional.of(EventCategory.STATE_BASED_CONFLICT);
            case "2" -> Optional.of(EventCategory.NON_STATE_CONFLICT);
            case "3" -> Optional.of(EventCategory.ONE_SIDED_VIOLENCE);
            default -> Optional.empty();
        };
    }

    /** ACLED event type, falling back to the sub-event type. */
    static Optional<EventCategory> acled(String eventType, String subEventType) {
        EventCategory category = ACLED_EVENT_TYPES.get(eventType.trim().toLowerCase(Locale.ROOT));
        if (category == null) {
            category = ACLED_SUB_EVENT_TYPES.get(subEventType.trim().toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(category);
    }

    /**
     * CAMEO QuadClass (1 verbal and 2 material cooperation, 3 verbal and 4 material conflict); root code 01-20. The
     * parser rejects a row outside these ranges before it asks.
     */
    static EventCategory cameo(int rootCode, int quadClass) {
        if (rootCode < 1 || rootCode > 20) {
            throw new IllegalArgumentException("CAMEO root code " + rootCode + " is not between 01 and 20");
        }
        return switch (quadClass) {
            case 1 -> EventCategory.VERBAL_COOPERATION;
            case 2 -> EventCategory.MATERIAL_COOPERATION;
            case 3 -> EventCategory.VERBAL_CONFLICT;
            case 4 -> EventCategory.MATERIAL_CONFLICT;
            default -> throw new IllegalArgumentException("QuadClass " + quadClass + " is not 1 to 4");
        };
    }

    /** Incident categories: piracy, terrorist-attack, cyber-incident, disease-outbreak. */
    static Optional<EventCategory> incident(String category) {
        return Optional.ofNullable(INCIDENT_CATEGORIES.get(category.trim().toLowerCase(Locale.ROOT)));
    }
}
