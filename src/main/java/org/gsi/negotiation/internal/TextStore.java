package org.gsi.negotiation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.TextStatus;
import org.gsi.platform.PageView;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of negotiated texts: head rows, the command log and the paragraph read model. */
@Repository
class TextStore {

    static final String VISIBLE = Visibility.sqlPredicate("t", "readers");
    private static final String COLUMNS = "t.id, t.title, t.rule, t.threshold, t.facilitator, t.participants,"
            + " t.readers, t.visibility, t.owner_party, t.track_id, t.status, t.demo, t.version, t.created_at,"
            + " t.updated_at";

    private final JdbcClient jdbc;

    TextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LoggedCommand(int seq, String kind, String party, boolean focalPoint, String payload, Instant at) {}

    void insert(TextHead h) {
        jdbc.sql("INSERT INTO negotiation_text (id, title, rule, threshold, facilitator, participants, readers,"
                        + " visibility, owner_party, track_id, status, demo, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        h.id(),
                        h.title(),
                        h.rule(),
                        h.threshold(),
                        h.facilitator(),
                        h.participants().toArray(String[]::new),
                        h.readers().toArray(String[]::new),
                        h.visibility().name(),
                        h.ownerParty(),
                        h.track().orElse(null),
                        h.status().name(),
                        h.demo(),
                        h.version(),
                        Timestamp.from(h.createdAt()),
                        Timestamp.from(h.updatedAt()))
                .update();
    }

    Optional<TextHead> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM negotiation_text t WHERE t.id = ?")
                .param(id)
                .query(TextStore::head)
                .optional();
    }

    /** Reads the head and locks it until the transaction ends: commands on one text run one after another. */
    Optional<TextHead> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM negotiation_text t WHERE t.id = ? FOR UPDATE")
                .param(id)
                .query(TextStore::head)
                .optional();
    }

    List<LoggedCommand> commands(UUID id) {
        return jdbc.sql("SELECT seq, kind, actor_party, focal_point, payload::text AS payload, at"
                        + " FROM negotiation_text_command WHERE text_id = ? ORDER BY seq")
                .param(id)
                .query((rs, n) -> new LoggedCommand(
                        rs.getInt("seq"),
                        rs.getString("kind"),
                        rs.getString("actor_party"),
                        rs.getBoolean("focal_point"),
                        rs.getString("payload"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    void append(UUID id, long seq, String kind, Delegate by, String username, String payload, Instant at) {
        jdbc.sql("INSERT INTO negotiation_text_command (text_id, seq, kind, actor_party, focal_point, username,"
                        + " payload, at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)")
                .params(id, seq, kind, by.party().value(), by.focalPoint(), username, payload, Timestamp.from(at))
                .update();
    }

    /** Moves the head from one version to the next; false when someone else moved it first. */
    boolean advance(UUID id, long from, long to, TextStatus status, Instant at) {
        return jdbc.sql(
                                "UPDATE negotiation_text SET version = ?, status = ?, updated_at = ? WHERE id = ? AND version = ?")
                        .params(to, status.name(), Timestamp.from(at), id, from)
                        .update()
                == 1;
    }

    void saveParagraph(UUID text, Paragraph p, String compilation, boolean agreed) {
        ParagraphNumber n = p.number();
        jdbc.sql(
                        "INSERT INTO negotiation_paragraph (text_id, number, kind_order, num, sub, body, compilation, revision,"
                                + " agreed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (text_id, number) DO UPDATE SET"
                                + " body = EXCLUDED.body, compilation = EXCLUDED.compilation, revision = EXCLUDED.revision,"
                                + " agreed = EXCLUDED.agreed")
                .params(
                        text,
                        n.label(),
                        n.kind().ordinal(),
                        n.number(),
                        n.sub(),
                        p.text(),
                        compilation,
                        p.revision(),
                        agreed)
                .update();
    }

    /** Texts still being drafted that {@code party} takes part in and may read, oldest change first. */
    List<TextHead> draftingWith(String party) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM negotiation_text t WHERE t.status = 'DRAFTING'"
                        + " AND :reader = ANY(t.participants) AND " + VISIBLE
                        + " ORDER BY t.updated_at, t.id LIMIT 200")
                .param("reader", party)
                .query(TextStore::head)
                .list();
    }

    PageView<TextHead> page(String reader, String q, String status, UUID track, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE " + VISIBLE);
        List<Object[]> binds = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            where.append(" AND (t.title ILIKE :q OR EXISTS (SELECT 1 FROM negotiation_paragraph p"
                    + " WHERE p.text_id = t.id AND p.body ILIKE :q))");
            binds.add(new Object[] {"q", "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%"});
        }
        if (status != null && !status.isBlank()) {
            where.append(" AND t.status = :status");
            binds.add(new Object[] {"status", status.trim().toUpperCase(java.util.Locale.ROOT)});
        }
        if (track != null) {
            where.append(" AND t.track_id = :track");
            binds.add(new Object[] {"track", track});
        }
        var count = jdbc.sql("SELECT count(*) FROM negotiation_text t" + where).param("reader", reader);
        var list = jdbc.sql("SELECT " + COLUMNS + " FROM negotiation_text t" + where
                        + " ORDER BY t.updated_at DESC, t.id LIMIT :limit OFFSET :offset")
                .param("reader", reader)
                .param("limit", size)
                .param("offset", (long) page * size);
        for (Object[] b : binds) {
            count = count.param((String) b[0], b[1]);
            list = list.param((String) b[0], b[1]);
        }
        long total = count.query(Long.class).single();
        return new PageView<>(list.query(TextStore::head).list(), page, size, total);
    }

    private static TextHead head(ResultSet rs, int n) throws SQLException {
        return new TextHead(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("rule"),
                rs.getBigDecimal("threshold"),
                rs.getString("facilitator"),
                strings(rs.getArray("participants")),
                strings(rs.getArray("readers")),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getString("owner_party"),
                Optional.ofNullable(rs.getObject("track_id", UUID.class)),
                TextStatus.valueOf(rs.getString("status")),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
