package org.gsi.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact points of a party (its focal-point office, a desk officer). The owner party chooses who reads each
 * one: everyone, the parties it names, or itself alone.
 */
@Service
class ContactService {

    private static final String VISIBLE = Visibility.sqlPredicate("c", "participants");

    private final JdbcClient jdbc;
    private final RegistryService registry;
    private final AuditLog audit;

    ContactService(JdbcClient jdbc, RegistryService registry, AuditLog audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    List<ContactView> list(String party) {
        String code = registry.require(party).code();
        return jdbc.sql("SELECT * FROM registry_contact c WHERE c.owner_party = :party AND " + VISIBLE
                        + " ORDER BY c.created_at")
                .param("party", code)
                .param("reader", Actors.readerParty())
                .query(ContactService::row)
                .list();
    }

    ContactView get(UUID id) {
        return jdbc.sql("SELECT * FROM registry_contact c WHERE c.id = :id AND " + VISIBLE)
                .param("id", id)
                .param("reader", Actors.readerParty())
                .query(ContactService::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("contact", id.toString()));
    }

    @Transactional
    ContactView add(Actor actor, String party, ContactRequest request) {
        String code = registry.require(party).code();
        actor.require(Permission.EDIT_PARTY_RECORDS, code, "add", "contact", null);
        Visibility visibility =
                request.visibility() == null ? Visibility.OWNER : Visibility.parse(request.visibility());
        String[] participants = checkParticipants(request);
        if (request.office() == null || request.office().isBlank()) {
            throw new InvalidInputException("office", Message.of("registry.refused.office"));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO registry_contact (id, owner_party, visibility, participants, office, person, email, phone,"
                                + " address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        code,
                        visibility.name(),
                        participants,
                        request.office().trim(),
                        request.person(),
                        request.email(),
                        request.phone(),
                        request.address())
                .update();
        audit.record(
                actor,
                "add",
                "contact",
                id.toString(),
                code,
                "Added contact point " + request.office().trim() + " ("
                        + visibility.name().toLowerCase(java.util.Locale.ROOT) + ")");
        return get(id);
    }

    @Transactional
    ContactView update(Actor actor, UUID id, String ifMatch, ContactRequest request) {
        ContactView current = get(id);
        actor.require(Permission.EDIT_PARTY_RECORDS, current.ownerParty(), "update", "contact", id.toString());
        Versions.check(ifMatch, "contact", id.toString(), current.version());
        Visibility visibility =
                request.visibility() == null ? current.visibility() : Visibility.parse(request.visibility());
        int n = jdbc.sql(
                        "UPDATE registry_contact SET visibility = ?, participants = ?, office = ?, person = ?, email = ?,"
                                + " phone = ?, address = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(
                        visibility.name(),
                        checkParticipants(request),
                        request.office() == null ? current.office() : request.office(),
                        request.person(),
                        request.email(),
                        request.phone(),
                        request.address(),
                        id,
                        current.version())
                .update();
        if (n == 0) {
            throw new StaleVersionException("contact", id.toString(), current.version() + 1);
        }
        audit.record(actor, "update", "contact", id.toString(), current.ownerParty(), "Updated contact point");
        return get(id);
    }

    @Transactional
    void delete(Actor actor, UUID id) {
        ContactView current = get(id);
        actor.require(Permission.EDIT_PARTY_RECORDS, current.ownerParty(), "delete", "contact", id.toString());
        jdbc.sql("DELETE FROM registry_contact WHERE id = ?").param(id).update();
        audit.record(
                actor,
                "delete",
                "contact",
                id.toString(),
                current.ownerParty(),
                "Removed contact point " + current.office());
    }

    private String[] checkParticipants(ContactRequest request) {
        List<String> participants = request.participants() == null ? List.of() : request.participants();
        for (String p : participants) {
            if (!registry.exists(p)) {
                throw new InvalidInputException("participants", Message.of("form.refused.noParty", p));
            }
        }
        return participants.toArray(String[]::new);
    }

    private static ContactView row(ResultSet rs, int n) throws SQLException {
        Array a = rs.getArray("participants");
        List<String> participants = a == null ? List.of() : Arrays.asList((String[]) a.getArray());
        return new ContactView(
                rs.getObject("id", UUID.class),
                rs.getString("owner_party"),
                Visibility.valueOf(rs.getString("visibility")),
                participants,
                rs.getString("office"),
                rs.getString("person"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("address"),
                rs.getLong("version"));
    }

    record ContactView(
            UUID id,
            String ownerParty,
            Visibility visibility,
            List<String> participants,
            String office,
            String person,
            String email,
            String phone,
            String address,
            long version) {}

    record ContactRequest(
            String office,
            String person,
            String email,
            String phone,
            String address,
            String visibility,
            List<String> participants) {}
}
