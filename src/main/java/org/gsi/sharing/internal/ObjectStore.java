package org.gsi.sharing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsi.sharing.internal.stix.StixTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of stored object versions. Every query carries the {@link ReadRule} for the reader, so what a party may not
 * read is never counted, listed, paged over or told apart from what does not exist.
 */
@Repository
public class ObjectStore {

    static final String COLUMNS = "o.date_added, o.stix_id, o.stix_type, o.spec_version, o.version, o.version_text,"
            + " o.sender_party, o.sent_by, o.target_group, o.tlp, o.recipients, o.markings, o.refs, o.created_by_ref,"
            + " o.name";

    private final JdbcClient jdbc;

    ObjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of a collection in order of date added: at most {@code filter.limit() + 1} rows, so the caller can
     * tell whether there are more.
     */
    public List<StoredObject> page(View view, Reader reader, ObjectFilter f, boolean withRaw) {
        Map<String, Object> p = params(reader);
        p.put(view.parameter(), view.value());
        StringBuilder sql = new StringBuilder(
                        "SELECT " + COLUMNS + (withRaw ? ", o.raw" : ", ''") + " FROM sharing_object o WHERE ")
                .append(view.sql("o"))
                .append(" AND ")
                .append(ReadRule.sql("o"));
        filters(sql, p, f);
        f.cursor().ifPresent(c -> {
            sql.append(" AND o.date_added > :cursor");
            p.put("cursor", Timestamp.from(c));
        });
        if (!f.versions().all()) {
            sql.append(" AND (").append(versionCondition(view, f, p)).append(")");
        }
        sql.append(" ORDER BY o.date_added LIMIT :limit");
        p.put("limit", f.limit() + 1);
        return jdbc.sql(sql.toString()).params(p).query((rs, n) -> row(rs)).list();
    }

    /** The versions of one object in a collection, in order of date added (at most {@code limit + 1}). */
    public List<StoredObject> versions(View view, Reader reader, String stixId, ObjectFilter f) {
        return page(view, reader, f.withIds(List.of(stixId)).withVersions(ObjectFilter.VersionMatch.ALL), false);
    }

    /** Whether the reader may read any version of the object in this collection. */
    public boolean readable(View view, Reader reader, String stixId) {
        Map<String, Object> p = params(reader);
        p.put(view.parameter(), view.value());
        p.put("id", stixId);
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sharing_object o WHERE " + view.sql("o")
                        + " AND o.stix_id = :id AND " + ReadRule.sql("o") + ")")
                .params(p)
                .query(Boolean.class)
                .single();
    }

    private static void filters(StringBuilder sql, Map<String, Object> p, ObjectFilter f) {
        f.addedAfter().ifPresent(a -> {
            sql.append(" AND o.date_added > :addedAfter");
            p.put("addedAfter", Timestamp.from(a));
        });
        if (!f.ids().isEmpty()) {
            sql.append(" AND o.stix_id = ANY(:ids)");
            p.put("ids", f.ids().toArray(String[]::new));
        }
        if (!f.types().isEmpty()) {
            sql.append(" AND o.stix_type = ANY(:types)");
            p.put("types", f.types().toArray(String[]::new));
        }
        if (!f.specVersions().isEmpty()) {
            sql.append(" AND o.spec_version = ANY(:specs)");
            p.put("specs", f.specVersions().toArray(String[]::new));
        }
    }

    /**
     * {@code first} and {@code last} are the earliest and latest version among the versions the reader may read in
     * this collection that pass the other filters (as the reference server does: filters first, then versions).
     */
    private static String versionCondition(View view, ObjectFilter f, Map<String, Object> p) {
        List<String> alternatives = new ArrayList<>();
        if (!f.versions().exact().isEmpty()) {
            alternatives.add("o.version = ANY(CAST(:exact AS timestamptz[]))");
            p.put(
                    "exact",
                    f.versions().exact().stream()
                            .map(StixTimestamps::format)
                            .collect(Collectors.joining(",", "{", "}")));
        }
        String others = "SELECT 1 FROM sharing_object n WHERE n.stix_id = o.stix_id AND " + view.sql("n")
                + (f.addedAfter().isPresent() ? " AND n.date_added > :addedAfter" : "")
                + (f.specVersions().isEmpty() ? "" : " AND n.spec_version = ANY(:specs)")
                + " AND n.version %s o.version AND "
                + ReadRule.sql("n");
        if (f.versions().last() || f.versions().first()) {
            // the only version of an object is its first and its last: no lookup needed
            alternatives.add("NOT o.has_other_versions");
        }
        if (f.versions().last()) {
            alternatives.add("NOT EXISTS (" + others.formatted(">") + ")");
        }
        if (f.versions().first()) {
            alternatives.add("NOT EXISTS (" + others.formatted("<") + ")");
        }
        return alternatives.isEmpty() ? "false" : String.join(" OR ", alternatives);
    }

    /** The latest readable version of each object, newest first, with the browser's filters; and their count. */
    public List<StoredObject> browse(Reader reader, BrowseFilter b, int page, int size) {
        Map<String, Object> p = params(reader);
        String where = browseWhere(b, p);
        p.put("limit", size);
        p.put("offset", (long) page * size);
        return jdbc.sql("SELECT " + COLUMNS + ", '' FROM sharing_object o WHERE " + where
                        + " ORDER BY o.date_added DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .query((rs, n) -> row(rs))
                .list();
    }

    public long count(Reader reader, BrowseFilter b) {
        Map<String, Object> p = params(reader);
        return jdbc.sql("SELECT count(*) FROM sharing_object o WHERE " + browseWhere(b, p))
                .params(p)
                .query(Long.class)
                .single();
    }

    private static String browseWhere(BrowseFilter b, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(ReadRule.sql("o"));
        w.append(" AND (NOT o.has_other_versions OR NOT EXISTS (SELECT 1 FROM sharing_object n WHERE n.stix_id ="
                + " o.stix_id AND n.sender_party = o.sender_party AND n.version > o.version AND " + ReadRule.sql("n")
                + "))");
        b.type().ifPresent(t -> {
            w.append(" AND o.stix_type = :type");
            p.put("type", t);
        });
        b.tlp().ifPresent(t -> {
            w.append(" AND o.tlp = :tlp");
            p.put("tlp", t.name());
        });
        b.party().ifPresent(s -> {
            w.append(" AND o.sender_party = :sender");
            p.put("sender", s);
        });
        b.group().ifPresent(g -> {
            w.append(" AND o.target_group = :group");
            p.put("group", g);
        });
        b.from().ifPresent(f -> {
            w.append(" AND o.date_added >= :from");
            p.put("from", Timestamp.from(f));
        });
        b.to().ifPresent(t -> {
            w.append(" AND o.date_added < :to");
            p.put("to", Timestamp.from(t));
        });
        b.linkedTo().ifPresent(l -> {
            w.append(" AND EXISTS (SELECT 1 FROM sharing_link l WHERE l.stix_id = o.stix_id AND l.sender_party ="
                    + " o.sender_party AND l.target_id = :linked)");
            p.put("linked", l);
        });
        return w.toString();
    }

    /** Every readable version of one object of one sender, newest first, with its text. */
    public List<StoredObject> history(Reader reader, String stixId, String sender) {
        Map<String, Object> p = params(reader);
        p.put("id", stixId);
        p.put("sender", sender);
        return jdbc.sql("SELECT " + COLUMNS + ", o.raw FROM sharing_object o WHERE o.stix_id = :id AND o.sender_party ="
                        + " :sender AND " + ReadRule.sql("o") + " ORDER BY o.version DESC, o.date_added DESC")
                .params(p)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The parties that sent a readable version of this id. */
    public List<String> senders(Reader reader, String stixId) {
        Map<String, Object> p = params(reader);
        p.put("id", stixId);
        return jdbc.sql("SELECT DISTINCT o.sender_party FROM sharing_object o WHERE o.stix_id = :id AND "
                        + ReadRule.sql("o") + " ORDER BY 1")
                .params(p)
                .query(String.class)
                .list();
    }

    /** The latest readable version of each of these ids (any sender), without text. */
    public List<StoredObject> latest(Reader reader, List<String> stixIds) {
        if (stixIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = params(reader);
        p.put("ids", stixIds.toArray(String[]::new));
        return jdbc.sql("SELECT DISTINCT ON (o.stix_id) " + COLUMNS + ", '' FROM sharing_object o WHERE o.stix_id ="
                        + " ANY(:ids) AND " + ReadRule.sql("o") + " ORDER BY o.stix_id, o.version DESC")
                .params(p)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The latest readable version of each object that refers to {@code stixId} (at most {@code limit}). */
    public List<StoredObject> referring(Reader reader, String stixId, int limit) {
        Map<String, Object> p = params(reader);
        p.put("id", new String[] {stixId});
        p.put("limit", limit);
        return jdbc.sql("SELECT * FROM (SELECT DISTINCT ON (o.stix_id) " + COLUMNS + ", '' FROM sharing_object o WHERE"
                        + " o.refs @> CAST(:id AS text[]) AND " + ReadRule.sql("o")
                        + " ORDER BY o.stix_id, o.version DESC) r LIMIT :limit")
                .params(p)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Which of these marking definitions the reader may read (statement markings stored earlier). */
    public List<String> readableMarkings(Reader reader, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = params(reader);
        p.put("ids", ids.toArray(String[]::new));
        return jdbc.sql("SELECT DISTINCT o.stix_id FROM sharing_object o WHERE o.stix_type = 'marking-definition'"
                        + " AND o.stix_id = ANY(:ids) AND " + ReadRule.sql("o"))
                .params(p)
                .query(String.class)
                .list();
    }

    /** The grants naming {@code party} on an object. */
    public List<GrantKind> grantsOf(String party, String stixId, String sender) {
        return jdbc.sql("SELECT DISTINCT kind FROM sharing_grant WHERE stix_id = ? AND sender_party = ? AND party = ?")
                .params(stixId, sender, party)
                .query((rs, n) -> GrantKind.valueOf(rs.getString(1)))
                .list();
    }

    record GrantView(String party, String grantedBy, GrantKind kind, Instant grantedAt) {}

    /** The grants on an object made by {@code granter}, or all of them for the sender. */
    List<GrantView> grants(String stixId, String sender, String viewer) {
        return jdbc.sql("SELECT party, granted_by, kind, granted_at FROM sharing_grant WHERE stix_id = ? AND"
                        + " sender_party = ? AND (sender_party = ? OR granted_by = ? OR party = ?) ORDER BY granted_at")
                .params(stixId, sender, viewer, viewer, viewer)
                .query((rs, n) -> new GrantView(
                        rs.getString(1),
                        rs.getString(2),
                        GrantKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Records a grant; returns whether it was new. */
    boolean grant(String stixId, String sender, String party, String grantedBy, GrantKind kind) {
        return jdbc.sql(
                                "INSERT INTO sharing_grant (stix_id, sender_party, party, granted_by, kind) VALUES (?, ?, ?, ?, ?)"
                                        + " ON CONFLICT DO NOTHING")
                        .params(stixId, sender, party, grantedBy, kind.name())
                        .update()
                == 1;
    }

    /**
     * Deletes the versions of an object its sender sent to this collection that match the version filter; returns
     * how many.
     */
    int delete(View view, String sender, String stixId, ObjectFilter.VersionMatch versions, List<String> specs) {
        Map<String, Object> p = new HashMap<>();
        p.put(view.parameter(), view.value());
        p.put("sender", sender);
        p.put("id", stixId);
        String condition = "";
        if (!versions.all()) {
            List<String> alternatives = new ArrayList<>();
            if (!versions.exact().isEmpty()) {
                alternatives.add("o.version = ANY(CAST(:exact AS timestamptz[]))");
                p.put(
                        "exact",
                        versions.exact().stream()
                                .map(StixTimestamps::format)
                                .collect(Collectors.joining(",", "{", "}")));
            }
            String others =
                    "SELECT 1 FROM sharing_object n WHERE n.stix_id = o.stix_id AND n.sender_party = o.sender_party AND "
                            + view.sql("n") + " AND n.version %s o.version";
            if (versions.last()) {
                alternatives.add("NOT EXISTS (" + others.formatted(">") + ")");
            }
            if (versions.first()) {
                alternatives.add("NOT EXISTS (" + others.formatted("<") + ")");
            }
            condition = " AND (" + (alternatives.isEmpty() ? "false" : String.join(" OR ", alternatives)) + ")";
        }
        if (!specs.isEmpty()) {
            condition += " AND o.spec_version = ANY(:specs)";
            p.put("specs", specs.toArray(String[]::new));
        }
        return jdbc.sql("DELETE FROM sharing_object o WHERE " + view.sql("o")
                        + " AND o.sender_party = :sender AND o.stix_id = :id" + condition)
                .params(p)
                .update();
    }

    static Map<String, Object> params(Reader reader) {
        Map<String, Object> p = new HashMap<>();
        p.put("reader", reader.party());
        p.put("groups", reader.groupsLiteral());
        return p;
    }

    static StoredObject row(ResultSet rs) throws SQLException {
        UUID group = rs.getObject(9, UUID.class);
        return new StoredObject(
                rs.getTimestamp(1).toInstant(),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                Optional.ofNullable(group),
                Tlp.valueOf(rs.getString(10)),
                strings(rs.getArray(11)),
                strings(rs.getArray(12)),
                strings(rs.getArray(13)),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
