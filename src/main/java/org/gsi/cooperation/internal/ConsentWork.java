package org.gsi.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consents the user's party has been asked for and not yet given or declined, soonest deadline first: shown to
 * users who speak for the party, on projects they may read.
 */
@Component
class ConsentWork implements WorkSource {

    private static final String PENDING = " FROM cooperation_participant c JOIN cooperation_project p"
            + " ON p.id = c.project_id WHERE c.party = :reader AND c.consent_state = 'REQUESTED'"
            + " AND " + ProjectStore.READABLE;

    private final JdbcClient jdbc;

    ConsentWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "consents";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public WorkList pending(Actor actor, String language, int limit) {
        if (!actor.can(Permission.SPEAK_FOR_PARTY)) {
            return WorkList.none(kind());
        }
        long total = jdbc.sql("SELECT count(*)" + PENDING)
                .param("reader", actor.partyCode())
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT p.id, coalesce(p.title->>:lang, p.title->>'en', p.title_text) AS title,"
                        + " c.deadline, coalesce(c.requested_at, p.updated_at) AS since" + PENDING
                        + " ORDER BY c.deadline NULLS LAST, since, p.id LIMIT :limit")
                .param("reader", actor.partyCode())
                .param("lang", language)
                .param("limit", limit)
                .query(ConsentWork::item)
                .list();
        return new WorkList(kind(), items, total);
    }

    private static WorkList.Item item(ResultSet rs, int n) throws SQLException {
        return new WorkList.Item(
                rs.getString("title"),
                "/projects/" + rs.getObject("id"),
                Optional.ofNullable(rs.getTimestamp("deadline"))
                        .map(t -> t.toInstant().atZone(ZoneOffset.UTC).toLocalDate()),
                rs.getTimestamp("since").toInstant());
    }
}
