package org.gsi.registry;

import java.util.List;
import java.util.UUID;

/** The people named in parties' contact points, as other modules read them for the platform's own checks. */
public interface ContactPersons {

    /** Every contact point that names a person, with the party that publishes it. */
    List<ContactPerson> all();

    /** A person named in a contact point of {@code party}. */
    record ContactPerson(UUID contact, String party, String office, String person) {}
}
