package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsi.platform.PageView;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists, counts, searches and sums over projects. Every query carries the reader's visibility predicate, so a
 * restricted project never reaches a party that may not read it, not even as a count.
 */
@Repository
class ProjectSearch {

    /** Filters of the project list; empty strings and nulls do not filter. */
    record ProjectQuery(
            String q,
            String status,
            String area,
            String domain,
            String country,
            String party,
            String region,
            UUID fund,
            int page,
            int size) {

        static ProjectQuery all(int page, int size) {
            return new ProjectQuery(null, null, null, null, null, null, null, null, page, size);
        }
    }

    /** A project as listed. */
    record ProjectRow(
            UUID id,
            Map<String, String> title,
            String status,
            String ownerParty,
            String visibility,
            List<String> participants,
            List<String> priorityAreas,
            List<String> countries,
            BigDecimal budget,
            String currency,
            BigDecimal progress,
            int pendingConsents,
            boolean demo,
            Instant updatedAt) {

        public String titleIn(String lang) {
            String t = title.get(lang);
            return t != null
                    ? t
                    : title.getOrDefault(
                            "en", title.values().stream().findFirst().orElse(""));
        }
    }

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProjectSearch(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    PageView<ProjectRow> search(ProjectQuery query, String reader) {
        PageView.checkPaging(query.page(), query.size());
        Map<String, Object> params = new HashMap<>();
        String where = where(query, reader, params);
        List<ProjectRow> rows = jdbc.sql("SELECT p.*, (SELECT count(*) FROM cooperation_participant c"
                        + " WHERE c.project_id = p.id AND c.consent_state = 'REQUESTED') AS pending"
                        + " FROM cooperation_project p WHERE " + where
                        + " ORDER BY p.updated_at DESC, p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> row(rs))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM cooperation_project p WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageView<>(rows, query.page(), query.size(), total);
    }

    /** Ids of every project matching the filters that the reader may see, newest first, at most {@code max}. */
    List<UUID> ids(ProjectQuery query, String reader, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, reader, params);
        return jdbc.sql("SELECT p.id FROM cooperation_project p WHERE " + where
                        + " ORDER BY p.updated_at DESC, p.id LIMIT :limit")
                .params(params)
                .param("limit", max)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** Counts of visible projects grouped by an expression over {@code p} (e.g. {@code unnest(p.priority_areas)}). */
    Map<String, Long> countBy(String groupExpression, ProjectQuery query, String reader) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, reader, params);
        Map<String, Long> out = new java.util.TreeMap<>();
        jdbc.sql("SELECT g, count(*) FROM (SELECT " + groupExpression + " AS g FROM cooperation_project p WHERE "
                        + where + ") x GROUP BY g")
                .params(params)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /** Sums of budgets of visible projects by priority area and currency. */
    List<Object[]> budgetByArea(ProjectQuery query, String reader) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, reader, params);
        return jdbc.sql("SELECT a, p.currency, sum(p.budget), avg(p.progress) FROM cooperation_project p,"
                        + " unnest(p.priority_areas) a WHERE p.budget IS NOT NULL AND " + where
                        + " GROUP BY a, p.currency ORDER BY a")
                .params(params)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)})
                .list();
    }

    private String where(ProjectQuery q, String reader, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(Visibility.sqlPredicate("p", "participants"));
        params.put("reader", reader == null ? "" : reader);
        if (present(q.q())) {
            String text = q.q().strip();
            if (CJK.matcher(text).find()) {
                sql.append(" AND p.title_text ILIKE :like");
                params.put("like", "%" + text.replace("%", "").replace("_", "") + "%");
            } else {
                String tsquery = prefixQuery(text);
                if (!tsquery.isEmpty()) {
                    sql.append(" AND p.search @@ to_tsquery('simple', :tsquery)");
                    params.put("tsquery", tsquery);
                }
            }
        }
        add(
                sql,
                params,
                "status",
                q.status() == null ? null : q.status().toUpperCase(java.util.Locale.ROOT),
                " AND p.status = :status");
        add(sql, params, "area", q.area(), " AND p.priority_areas @> ARRAY[CAST(:area AS text)]");
        add(sql, params, "domain", q.domain(), " AND p.domains @> ARRAY[CAST(:domain AS text)]");
        add(sql, params, "country", q.country(), " AND p.countries @> ARRAY[CAST(:country AS text)]");
        add(sql, params, "party", q.party(), " AND (p.owner_party = :party OR :party = ANY(p.participants))");
        add(sql, params, "region", q.region(), " AND p.regions @> ARRAY[CAST(:region AS text)]");
        if (q.fund() != null) {
            sql.append(" AND p.fund_id = :fund");
            params.put("fund", q.fund());
        }
        return sql.toString();
    }

    /** Words of the search text as a prefix query: "demin lao" finds "Demining in Lao PDR". */
    static String prefixQuery(String text) {
        return java.util.Arrays.stream(WORD.split(text.toLowerCase(java.util.Locale.ROOT)))
                .filter(w -> !w.isBlank())
                .limit(8)
                .map(w -> "'" + w + "':*")
                .reduce((a, b) -> a + " & " + b)
                .orElse("");
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String name, String value, String clause) {
        if (present(value)) {
            sql.append(clause);
            params.put(name, value.strip());
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private ProjectRow row(ResultSet rs) throws SQLException {
        return new ProjectRow(
                rs.getObject("id", UUID.class),
                json.readValue(rs.getString("title"), TEXTS),
                rs.getString("status").toLowerCase(java.util.Locale.ROOT),
                rs.getString("owner_party"),
                rs.getString("visibility").toLowerCase(java.util.Locale.ROOT),
                ProjectStore.strings(rs.getArray("participants")),
                ProjectStore.strings(rs.getArray("priority_areas")),
                ProjectStore.strings(rs.getArray("countries")),
                rs.getBigDecimal("budget"),
                rs.getString("currency"),
                rs.getBigDecimal("progress"),
                rs.getInt("pending"),
                rs.getBoolean("demo"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
