package org.gsi.sharing.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * The Traffic Light Protocol 2.0 levels an object can carry, from the least to the most restricted, with their
 * standard STIX marking-definition ids. The TLP 1.0 ids of the STIX 2.1 specification are read as their TLP 2.0
 * successors (WHITE as CLEAR). {@link #NONE} is an object without a TLP marking: read like AMBER+STRICT.
 */
public enum Tlp {
    CLEAR("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR"),
    GREEN("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN"),
    AMBER("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER"),
    AMBER_STRICT("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT"),
    NONE("", "—"),
    RED("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED");

    /** TLP 1.0 marking definitions of the STIX 2.1 specification (section 7.2.1.4). */
    private static final Map<String, Tlp> TLP1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", RED);

    private final String markingId;
    private final String label;

    Tlp(String markingId, String label) {
        this.markingId = markingId;
        this.label = label;
    }

    public String markingId() {
        return markingId;
    }

    /** As written on a badge: {@code TLP:AMBER+STRICT}. */
    public String label() {
        return label;
    }

    /** The CSS and URL form: {@code amber-strict}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The level a standard marking-definition id (TLP 2.0 or 1.0) stands for. */
    public static Optional<Tlp> ofMarking(String markingDefinitionId) {
        for (Tlp t : values()) {
            if (t != NONE && t.markingId.equals(markingDefinitionId)) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(TLP1.get(markingDefinitionId));
    }

    /** The most restricted level among these marking ids; {@link #NONE} when none of them is a TLP marking. */
    public static Tlp strictest(Collection<String> markingIds) {
        Tlp result = null;
        for (String id : markingIds) {
            Tlp t = ofMarking(id).orElse(null);
            if (t != null && (result == null || t.ordinal() > result.ordinal())) {
                result = t;
            }
        }
        return result == null ? NONE : result;
    }

    /** Parses {@code amber+strict}, {@code AMBER_STRICT}, {@code TLP:RED} and the like. */
    public static Tlp parse(String value) {
        if (value != null) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            if (v.startsWith("TLP:")) {
                v = v.substring(4);
            }
            v = v.replace('+', '_').replace('-', '_');
            if (v.equals("WHITE")) {
                return CLEAR;
            }
            for (Tlp t : values()) {
                if (t.name().equals(v)) {
                    return t;
                }
            }
        }
        throw new InvalidInputException("tlp", Message.of("sharing.refused.tlp"));
    }
}
