package org.gsi.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gsi.audit.AuditEntry;
import org.gsi.audit.AuditLog;
import org.gsi.platform.AccessDenied;
import org.gsi.platform.Actor;
import org.gsi.platform.CsvExport;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class AuditService implements AuditLog {

    private static final String INSERT =
            "INSERT INTO audit_entry (username, party_code, action, record_type, record_id,"
                    + " record_owner, summary, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(
            rs.getLong("id"),
            rs.getTimestamp("at").toInstant(),
            rs.getString("username"),
            rs.getString("party_code"),
            rs.getString("action"),
            rs.getString("record_type"),
            rs.getString("record_id"),
            rs.getString("record_owner"),
            rs.getString("summary"),
            rs.getString("outcome"));

    private final JdbcClient jdbc;

    AuditService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor actor, String action, String recordType, String recordId, String summary) {
        insert(actor.username(), actor.partyCode(), action, recordType, recordId, null, summary, "done");
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            Actor actor, String action, String recordType, String recordId, String recordOwner, String summary) {
        insert(actor.username(), actor.partyCode(), action, recordType, recordId, recordOwner, summary, "done");
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordSystem(String operator, String action, String recordType, String recordId, String summary) {
        insert(operator, null, action, recordType, recordId, null, summary, "done");
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefused(
            String who, String recordOwner, String action, String recordType, String recordId, String summary) {
        insert(who, null, action, recordType, recordId, recordOwner, summary, "denied");
    }

    /** A refused attempt is kept even though the request itself changed nothing. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AccessDenied denied) {
        Actor a = denied.actor();
        insert(
                a.username(),
                a.partyCode(),
                denied.action(),
                denied.recordType(),
                denied.recordId(),
                denied.recordOwner(),
                "Refused: " + denied.reason(),
                "denied");
    }

    private void insert(
            String user,
            String party,
            String action,
            String type,
            String id,
            String owner,
            String summary,
            String outcome) {
        jdbc.sql(INSERT)
                .params(user, party, action, type, id, owner, summary, outcome)
                .update();
    }

    PageView<AuditEntry> search(Actor reader, AuditQuery query) {
        Where where = where(reader, query);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql(
                        "SELECT * FROM audit_entry" + where.sql + " ORDER BY id DESC LIMIT :size OFFSET :offset")
                .params(where.params)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(ROW)
                .list();
        return new PageView<>(items, query.page(), query.size(), total);
    }

    void export(Actor reader, AuditQuery query, Writer out) throws IOException {
        Where where = where(reader, query);
        try (CsvExport csv = CsvExport.to(
                out,
                "id",
                "at",
                "username",
                "party",
                "action",
                "record_type",
                "record_id",
                "record_owner",
                "summary",
                "outcome")) {
            Consumer<AuditEntry> print = e -> {
                try {
                    csv.printRecord(
                            e.id(),
                            e.at(),
                            e.username(),
                            e.partyCode(),
                            e.action(),
                            e.recordType(),
                            e.recordId(),
                            e.recordOwner(),
                            e.summary(),
                            e.outcome());
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            };
            // the stream holds a connection until closed
            try (var rows = jdbc
                    .sql("SELECT * FROM audit_entry" + where.sql + " ORDER BY id")
                    .params(where.params)
                    .query(ROW)
                    .stream()) {
                rows.forEach(print);
            }
        }
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(Actor reader, AuditQuery q) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!reader.can(Permission.READ_ALL_AUDIT)) {
            clauses.add("(party_code = :own OR record_owner = :own)");
            params.put("own", reader.partyCode());
        } else if (q.party() != null) {
            clauses.add("(party_code = :party OR record_owner = :party)");
            params.put("party", q.party());
        }
        if (q.username() != null) {
            clauses.add("username = :username");
            params.put("username", q.username());
        }
        if (q.action() != null) {
            clauses.add("action = :action");
            params.put("action", q.action());
        }
        if (q.recordType() != null) {
            clauses.add("record_type = :recordType");
            params.put("recordType", q.recordType());
        }
        if (q.recordId() != null) {
            clauses.add("record_id = :recordId");
            params.put("recordId", q.recordId());
        }
        if (q.outcome() != null) {
            clauses.add("outcome = :outcome");
            params.put("outcome", q.outcome());
        }
        if (q.from() != null) {
            clauses.add("at >= :from");
            params.put("from", java.sql.Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            clauses.add("at < :to");
            params.put("to", java.sql.Timestamp.from(q.to()));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    record AuditQuery(
            String party,
            String username,
            String action,
            String recordType,
            String recordId,
            String outcome,
            Instant from,
            Instant to,
            int page,
            int size) {}
}
