package org.gsi.registry;

import java.util.Locale;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/** What kind of participant a party is. */
public enum PartyKind {
    /** The 193 UN member states and the 2 observer states. */
    STATE,
    /** The other countries and areas of UN M49. */
    TERRITORY,
    /** Intergovernmental organisations and mechanisms, including UN organs. */
    ORGANISATION,
    /** International dialogue platforms and forum series. */
    FORUM,
    /** Academies, universities, think tanks. */
    INSTITUTION,
    /** Non-governmental organisations. */
    NGO;

    @com.fasterxml.jackson.annotation.JsonValue
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PartyKind parse(String value) {
        for (PartyKind k : values()) {
            if (k.slug().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return k;
            }
        }
        throw new InvalidInputException(
                "kind", Message.of("registry.refused.kind", "state, territory, organisation, forum, institution, ngo"));
    }
}
