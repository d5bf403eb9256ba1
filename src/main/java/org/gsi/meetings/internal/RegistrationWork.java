package org.gsi.meetings.internal;

import java.time.ZoneId;
import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delegations registered for meetings the user's party organises that wait for its approval, soonest meeting
 * first: shown to users who prepare the party's records, for meetings not cancelled and not yet over.
 */
@Component
class RegistrationWork implements WorkSource {

    private static final String PENDING = " FROM meetings_registration r JOIN meetings_meeting m ON m.id = r.meeting_id"
            + " WHERE m.owner_party = :reader AND r.status = 'PENDING' AND NOT m.cancelled AND m.ends_at > now()";

    private final JdbcClient jdbc;

    RegistrationWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "registrations";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public WorkList pending(Actor actor, String language, int limit) {
        if (!actor.can(Permission.EDIT_PARTY_RECORDS)) {
            return WorkList.none(kind());
        }
        long total = jdbc.sql("SELECT count(*)" + PENDING)
                .param("reader", actor.partyCode())
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT m.id, m.title, r.party, m.starts_at, m.time_zone, r.created_at" + PENDING
                        + " ORDER BY m.starts_at, r.arrival LIMIT :limit")
                .param("reader", actor.partyCode())
                .param("limit", limit)
                .query((rs, n) -> new WorkList.Item(
                        rs.getString("title") + " · " + rs.getString("party"),
                        "/meetings/" + rs.getObject("id"),
                        Optional.of(rs.getTimestamp("starts_at")
                                .toInstant()
                                .atZone(ZoneId.of(rs.getString("time_zone")))
                                .toLocalDate()),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new WorkList(kind(), items, total);
    }
}
