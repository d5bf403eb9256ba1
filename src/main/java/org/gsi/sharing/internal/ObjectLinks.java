package org.gsi.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.cooperation.Cooperation;
import org.gsi.cooperation.ProjectId;
import org.gsi.earlywarning.EarlyWarning;
import org.gsi.platform.Actor;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links of objects to early-warning situations and cooperation projects. A party links an object it reads to a
 * situation or project it can see; a reader sees a link only if it can see both ends.
 */
@Service
public class ObjectLinks {

    public enum Kind {
        SITUATION,
        PROJECT
    }

    public record Link(UUID id, Kind kind, UUID target, String title, String linkedByParty) {}

    private final SharedObjects objects;
    private final EarlyWarning earlyWarning;
    private final Cooperation cooperation;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ObjectLinks(
            SharedObjects objects,
            EarlyWarning earlyWarning,
            Cooperation cooperation,
            AuditLog audit,
            JdbcClient jdbc) {
        this.objects = objects;
        this.earlyWarning = earlyWarning;
        this.cooperation = cooperation;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public void link(Actor actor, String stixId, Optional<String> sender, Kind kind, UUID target) {
        SharedObjects.History h = objects.history(Optional.of(actor), stixId, sender);
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "link", "stix-object", stixId);
        if (title(kind, target, actor.partyCode()).isEmpty()) {
            throw new NotFoundException(kind.name().toLowerCase(Locale.ROOT), target.toString());
        }
        int n = jdbc.sql("INSERT INTO sharing_link (id, stix_id, sender_party, target_kind, target_id, linked_by_party,"
                        + " linked_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), stixId, h.sender(), kind.name(), target, actor.partyCode(), actor.username())
                .update();
        if (n == 1) {
            audit.record(
                    actor,
                    "link",
                    "stix-object",
                    stixId,
                    h.sender(),
                    "Linked to " + kind.name().toLowerCase(Locale.ROOT) + " " + target);
        }
    }

    /** The links of an object whose situation or project the reader can see. */
    public List<Link> of(Reader reader, String stixId, String sender) {
        record Row(UUID id, Kind kind, UUID target, String by) {}
        List<Row> rows = jdbc.sql(
                        "SELECT id, target_kind, target_id, linked_by_party FROM sharing_link WHERE stix_id = ?"
                                + " AND sender_party = ? ORDER BY linked_at")
                .params(stixId, sender)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        Kind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getString(4)))
                .list();
        List<Link> out = new ArrayList<>();
        for (Row r : rows) {
            title(r.kind(), r.target(), reader.party())
                    .ifPresent(t -> out.add(new Link(r.id(), r.kind(), r.target(), t, r.by())));
        }
        return out;
    }

    private Optional<String> title(Kind kind, UUID target, String readerParty) {
        return kind == Kind.SITUATION
                ? earlyWarning.situation(target, readerParty).map(s -> s.title())
                : cooperation.find(new ProjectId(target)).map(p -> p.title());
    }
}
