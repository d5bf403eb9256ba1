package org.gsi.sharing.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Status resources of bundles sent; each read only by the party that sent the bundle. */
@Repository
public class StatusStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    StatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ShareStatus s) {
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (ShareStatus.Outcome o : s.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("i", o.index());
            m.put("id", o.id());
            m.put("v", o.version());
            m.put("ok", o.accepted());
            m.put("key", o.reason().key());
            m.put("args", o.reason().args());
            outcomes.add(m);
        }
        jdbc.sql(
                        "INSERT INTO sharing_status (id, party, sent_by, collection_id, source, request_timestamp, total_count,"
                                + " success_count, failure_count, outcomes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")
                .params(
                        s.id(),
                        s.party(),
                        s.sentBy(),
                        s.collectionId(),
                        s.source(),
                        Timestamp.from(s.requestTimestamp()),
                        s.total(),
                        s.successCount(),
                        s.failureCount(),
                        json.writeValueAsString(outcomes))
                .update();
    }

    /** A status resource, if {@code party} sent it; to any other party it does not exist. */
    public Optional<ShareStatus> find(UUID id, String party) {
        return jdbc.sql("SELECT id, party, sent_by, collection_id, source, request_timestamp, outcomes::text FROM"
                        + " sharing_status WHERE id = ? AND party = ?")
                .params(id, party)
                .query((rs, n) -> new ShareStatus(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        outcomes(rs.getString(7))))
                .optional();
    }

    public record StatusLine(
            UUID id, String sentBy, UUID collectionId, String source, java.time.Instant at, int total, int failed) {}

    /** The latest bundles a party sent. */
    public List<StatusLine> recent(String party, int limit) {
        return jdbc.sql("SELECT id, sent_by, collection_id, source, request_timestamp, total_count, failure_count FROM"
                        + " sharing_status WHERE party = ? ORDER BY request_timestamp DESC LIMIT ?")
                .params(party, limit)
                .query((rs, n) -> new StatusLine(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
    }

    private List<ShareStatus.Outcome> outcomes(String text) {
        List<ShareStatus.Outcome> out = new ArrayList<>();
        for (JsonNode o : json.readTree(text)) {
            List<String> args = new ArrayList<>();
            o.path("args").forEach(a -> args.add(a.asString()));
            out.add(new ShareStatus.Outcome(
                    o.path("i").asInt(),
                    o.path("id").asString(""),
                    o.path("v").asString(""),
                    o.path("ok").asBoolean(),
                    new Reason(o.path("key").asString(), args)));
        }
        return out;
    }
}
