package org.gsi.registry.internal;

import java.util.List;
import java.util.UUID;
import org.gsi.registry.ContactPersons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class ContactPersonDirectory implements ContactPersons {

    private final JdbcClient jdbc;

    ContactPersonDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ContactPerson> all() {
        return jdbc.sql("SELECT id, owner_party, office, person FROM registry_contact"
                        + " WHERE person IS NOT NULL AND btrim(person) <> '' ORDER BY created_at")
                .query((rs, i) -> new ContactPerson(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
