package org.gsi.training.internal;

import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Courses where the user's party was allocated seats it has not yet filled with nominations, before the nomination
 * deadline, soonest deadline first: shown to users who speak for the party (nominations are theirs to make).
 */
@Component
class NominationWork implements WorkSource {

    private static final String DUE = " FROM training_share s JOIN training_course c ON c.id = s.course_id"
            + " WHERE s.party = :party AND s.seats > 0 AND c.nomination_deadline >= current_date"
            + " AND s.seats > (SELECT count(*) FROM training_nomination n WHERE n.course_id = c.id"
            + " AND n.party = :party AND n.status NOT IN ('NOT_SELECTED', 'WITHDRAWN'))";

    private final JdbcClient jdbc;

    NominationWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "nominations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public WorkList pending(Actor actor, String language, int limit) {
        if (!actor.can(Permission.SPEAK_FOR_PARTY)) {
            return WorkList.none(kind());
        }
        long total = jdbc.sql("SELECT count(*)" + DUE)
                .param("party", actor.partyCode())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "SELECT c.id, c.topic, c.nomination_deadline, coalesce(c.allocated_at, c.created_at) AS since"
                                + DUE + " ORDER BY c.nomination_deadline, c.id LIMIT :limit")
                .param("party", actor.partyCode())
                .param("limit", limit)
                .query((rs, n) -> new WorkList.Item(
                        rs.getString("topic"),
                        "/training/courses/" + rs.getObject("id"),
                        Optional.of(rs.getDate("nomination_deadline").toLocalDate()),
                        rs.getTimestamp("since").toInstant()))
                .list();
        return new WorkList(kind(), items, total);
    }
}
