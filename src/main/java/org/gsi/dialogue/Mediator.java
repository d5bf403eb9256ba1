package org.gsi.dialogue;

import java.util.Objects;
import org.gsi.registry.PartyCode;

/** A mediator or facilitator: a party, or a named person acting for one (person may be empty). */
public record Mediator(PartyCode party, String person) {

    public Mediator {
        Objects.requireNonNull(party, "mediator party");
        person = person == null ? "" : person.strip();
    }

    public static Mediator party(PartyCode party) {
        return new Mediator(party, "");
    }

    public String describe() {
        return person.isEmpty() ? party.value() : person + " (" + party + ")";
    }
}
