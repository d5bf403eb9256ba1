package org.gsi.screening.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.gsi.platform.Visibility;
import org.gsi.screening.internal.lists.ListEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The lists, their versions, their entries as of the current version, and each entry's history. */
@Repository
class ListStore {

    static final String UN = "un-sc";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    ListStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** A list as it stands. */
    record ListRow(
            String id,
            String kind,
            String title,
            String ownerParty,
            Visibility visibility,
            List<String> participants,
            UUID currentVersion,
            long version) {

        boolean visibleTo(String reader) {
            return visibility.admits(reader, ownerParty, participants);
        }
    }

    /** A version of a list with its counts. */
    record VersionRow(
            UUID id,
            String list,
            int number,
            String generatedOn,
            String fileName,
            Instant importedAt,
            String importedBy,
            int individuals,
            int entities,
            int added,
            int removed,
            int amended,
            int unchanged,
            int rejected) {}

    Optional<ListRow> list(String id) {
        return jdbc.sql("SELECT * FROM screening_list WHERE id = ?")
                .param(id)
                .query(ListStore::list)
                .optional();
    }

    /** The list, locked for an import until the transaction ends. */
    Optional<ListRow> lock(String id) {
        return jdbc.sql("SELECT * FROM screening_list WHERE id = ? FOR UPDATE")
                .param(id)
                .query(ListStore::list)
                .optional();
    }

    List<ListRow> visibleTo(String reader) {
        return jdbc.sql("SELECT * FROM screening_list l WHERE " + Visibility.sqlPredicate("l", "participants")
                        + " ORDER BY kind DESC, id")
                .param("reader", reader)
                .query(ListStore::list)
                .list();
    }

    void create(String id, String kind, String title, String owner, Visibility visibility, List<String> participants) {
        jdbc.sql("INSERT INTO screening_list (id, kind, title, owner_party, visibility, participants)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")
                .params(id, kind, title, owner, visibility.name(), participants.toArray(String[]::new))
                .update();
    }

    void updateSharing(String id, String title, Visibility visibility, List<String> participants) {
        jdbc.sql("UPDATE screening_list SET title = ?, visibility = ?, participants = ?, version = version + 1"
                        + " WHERE id = ?")
                .params(title, visibility.name(), participants.toArray(String[]::new), id)
                .update();
    }

    Optional<VersionRow> currentVersion(String list) {
        return jdbc.sql("SELECT v.* FROM screening_list_version v JOIN screening_list l ON l.current_version = v.id"
                        + " WHERE l.id = ?")
                .param(list)
                .query(ListStore::version)
                .optional();
    }

    Optional<VersionRow> version(String list, int number) {
        return jdbc.sql("SELECT * FROM screening_list_version WHERE list_id = ? AND number = ?")
                .params(list, number)
                .query(ListStore::version)
                .optional();
    }

    List<VersionRow> versions(String list) {
        return jdbc.sql("SELECT * FROM screening_list_version WHERE list_id = ? ORDER BY number DESC")
                .param(list)
                .query(ListStore::version)
                .list();
    }

    Optional<String> report(UUID version) {
        return jdbc.sql("SELECT report::text FROM screening_list_version WHERE id = ?")
                .param(version)
                .query(String.class)
                .optional();
    }

    int nextNumber(String list) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM screening_list_version WHERE list_id = ?")
                .param(list)
                .query(Integer.class)
                .single();
    }

    void insertVersion(VersionRow v, String sha256, String report) {
        jdbc.sql("INSERT INTO screening_list_version (id, list_id, number, generated_on, file_name, sha256,"
                        + " imported_by, individuals, entities, added, removed, amended, unchanged, rejected, report)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")
                .params(
                        v.id(),
                        v.list(),
                        v.number(),
                        v.generatedOn(),
                        v.fileName(),
                        sha256,
                        v.importedBy(),
                        v.individuals(),
                        v.entities(),
                        v.added(),
                        v.removed(),
                        v.amended(),
                        v.unchanged(),
                        v.rejected(),
                        report)
                .update();
        jdbc.sql("UPDATE screening_list SET current_version = ?, version = version + 1 WHERE id = ?")
                .params(v.id(), v.list())
                .update();
    }

    /** The entries of the list's current version, by reference. */
    Map<String, ListEntry> currentEntries(String list) {
        Map<String, ListEntry> out = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT content::text FROM screening_entry WHERE list_id = ? AND removed_in IS NULL ORDER BY reference")
                .param(list)
                .query(rs -> {
                    ListEntry e = entry(rs.getString(1));
                    out.put(e.reference(), e);
                });
        return out;
    }

    Set<String> removedReferences(String list) {
        return new HashSet<>(
                jdbc.sql("SELECT reference FROM screening_entry WHERE list_id = ? AND removed_in IS NOT NULL")
                        .param(list)
                        .query(String.class)
                        .list());
    }

    /** Writes entries added, listed again or amended by a version, with one history row each. */
    void upsert(String list, UUID version, List<ListEntry> entries, String change, Map<String, List<String>> fields) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        List<Object[]> history = new ArrayList<>(entries.size());
        for (ListEntry e : entries) {
            String content = json(e);
            rows.add(new Object[] {
                list, e.reference(), e.type().name(), e.name(), e.regime(), content, sha256(content), version, version
            });
            history.add(new Object[] {
                list,
                e.reference(),
                version,
                change,
                fields.getOrDefault(e.reference(), List.of()).toArray(String[]::new),
                content
            });
        }
        template.batchUpdate(
                "INSERT INTO screening_entry (list_id, reference, type, name, regime, content, content_hash, listed_in,"
                        + " changed_in) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT (list_id, reference) DO"
                        + " UPDATE SET type = excluded.type, name = excluded.name, regime = excluded.regime, content ="
                        + " excluded.content, content_hash = excluded.content_hash, changed_in = excluded.changed_in,"
                        + " removed_in = NULL",
                rows);
        history(history);
    }

    void remove(String list, UUID version, List<ListEntry> entries) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (ListEntry e : entries) {
            rows.add(new Object[] {version, list, e.reference()});
            history.add(new Object[] {list, e.reference(), version, "REMOVED", new String[0], json(e)});
        }
        template.batchUpdate("UPDATE screening_entry SET removed_in = ? WHERE list_id = ? AND reference = ?", rows);
        history(history);
    }

    private void history(List<Object[]> rows) {
        template.batchUpdate(
                "INSERT INTO screening_entry_history (list_id, reference, version_id, change, fields, content)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb)",
                rows);
    }

    /** Every current entry of every list, for the candidate index. */
    void eachCurrentEntry(Consumer<ListedEntry> consumer) {
        jdbc.sql(
                        "SELECT list_id, content::text FROM screening_entry WHERE removed_in IS NULL ORDER BY list_id, reference")
                .query(rs -> {
                    consumer.accept(new ListedEntry(rs.getString(1), entry(rs.getString(2))));
                });
    }

    record ListedEntry(String list, ListEntry entry) {}

    /** Which version of each list is current: what the candidate index is built from. */
    String fingerprint() {
        return jdbc.sql("SELECT coalesce(string_agg(l.id || ':' || coalesce(l.current_version::text, '') || ':'"
                        + " || coalesce(v.number::text, '0'), ',' ORDER BY l.id), '') FROM screening_list l"
                        + " LEFT JOIN screening_list_version v ON v.id = l.current_version")
                .query(String.class)
                .single();
    }

    /** An entry as its list holds it now (removed ones too), with when it was removed if it was. */
    Optional<StoredEntry> entry(String list, String reference) {
        return jdbc.sql("SELECT e.content::text, e.removed_in, lv.number AS listed, cv.number AS changed,"
                        + " rv.number AS removed FROM screening_entry e"
                        + " JOIN screening_list_version lv ON lv.id = e.listed_in"
                        + " JOIN screening_list_version cv ON cv.id = e.changed_in"
                        + " LEFT JOIN screening_list_version rv ON rv.id = e.removed_in"
                        + " WHERE e.list_id = ? AND e.reference = ?")
                .params(list, reference)
                .query((rs, i) -> new StoredEntry(
                        list,
                        entry(rs.getString(1)),
                        rs.getInt("listed"),
                        rs.getInt("changed"),
                        rs.getObject("removed") == null ? null : rs.getInt("removed")))
                .optional();
    }

    record StoredEntry(String list, ListEntry entry, int listedIn, int changedIn, Integer removedIn) {}

    /** The history of an entry, oldest first. */
    List<HistoryRow> history(String list, String reference) {
        return jdbc.sql("SELECT h.change, h.fields, v.number, v.imported_at, h.content::text"
                        + " FROM screening_entry_history h JOIN screening_list_version v ON v.id = h.version_id"
                        + " WHERE h.list_id = ? AND h.reference = ? ORDER BY h.id")
                .params(list, reference)
                .query((rs, i) -> new HistoryRow(
                        rs.getString(1),
                        strings(rs.getArray(2)),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        entry(rs.getString(5))))
                .list();
    }

    record HistoryRow(String change, List<String> fields, int version, Instant at, ListEntry entry) {}

    long countCurrent(String list, String type) {
        return jdbc.sql("SELECT count(*) FROM screening_entry WHERE list_id = ? AND type = ? AND removed_in IS NULL")
                .params(list, type)
                .query(Long.class)
                .single();
    }

    String json(ListEntry e) {
        return json.writeValueAsString(e.atLine(0));
    }

    ListEntry entry(String content) {
        return json.readValue(content, ListEntry.class);
    }

    static String sha256(String s) {
        return sha256(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static ListRow list(ResultSet rs, int i) throws SQLException {
        return new ListRow(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("owner_party"),
                Visibility.valueOf(rs.getString("visibility")),
                strings(rs.getArray("participants")),
                rs.getObject("current_version", UUID.class),
                rs.getLong("version"));
    }

    private static VersionRow version(ResultSet rs, int i) throws SQLException {
        return new VersionRow(
                rs.getObject("id", UUID.class),
                rs.getString("list_id"),
                rs.getInt("number"),
                rs.getString("generated_on"),
                rs.getString("file_name"),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("imported_by"),
                rs.getInt("individuals"),
                rs.getInt("entities"),
                rs.getInt("added"),
                rs.getInt("removed"),
                rs.getInt("amended"),
                rs.getInt("unchanged"),
                rs.getInt("rejected"));
    }
}
