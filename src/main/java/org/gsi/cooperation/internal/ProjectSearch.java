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
import org.gsi.platform.CacheSpec;
import org.gsi.platform.PageView;
import org.gsi.platform.SharedCaches;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

        boolean unfiltered() {
            return java.util.stream.Stream.of(q, status, area, domain, country, party, region)
                            .allMatch(s -> s == null || s.isBlank())
                    && fund == null;
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
    private final TransactionTemplate readOnly;
    private final MatchCounts counts;
    private volatile long tableRows = -1;
    private volatile long tableRowsAt;

    ProjectSearch(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions, SharedCaches caches) {
        this.jdbc = jdbc;
        this.counts = new MatchCounts(caches);
        this.json = json;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * One page of the list. The total is exact up to {@link #EXACT_TOTAL_LIMIT} matches beyond the page; past that
     * counting stops, {@code totalExact} is false and {@code total} is the number counted so far (a lower bound).
     */
    record ProjectPage(List<ProjectRow> items, int page, int size, long total, boolean totalExact) {

        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** Counting stops this many matches after the end of the requested page. */
    static final int EXACT_TOTAL_LIMIT = 1000;

    private static final String LIST_COLUMNS = "p.id, p.title, p.status, p.owner_party, p.visibility, p.participants,"
            + " p.priority_areas, p.countries, p.budget, p.currency, p.progress, p.demo, p.updated_at";

    /** A walk along the newest-first index is chosen when it should meet the page within this many rows. */
    private static final long WALK_LIMIT = 20_000;

    /** The list's order unless the reader picks another: the newest change first. */
    static final String NEWEST_FIRST = "p.updated_at DESC, p.id";

    ProjectPage search(ProjectQuery query, String reader) {
        return search(query, reader, NEWEST_FIRST);
    }

    /**
     * One page of the projects matching {@code query} that {@code reader} may see, in {@code orderBy}: SQL of the
     * list's sortable columns ({@link ProjectPages#sortable}), never text from the address.
     */
    ProjectPage search(ProjectQuery query, String reader, String orderBy) {
        PageView.checkPaging(query.page(), query.size());
        Map<String, Object> params = new HashMap<>();
        String where = where(query, reader, params);
        long offset = (long) query.page() * query.size();
        long bound = offset + query.size() + EXACT_TOTAL_LIMIT;
        params.put("bound", bound + 1);
        long counted = counts.count(
                where,
                params,
                () -> jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM cooperation_project p WHERE " + where
                                + " LIMIT :bound) x")
                        .params(params)
                        .query(Long.class)
                        .single());
        if (counted <= offset) {
            return new ProjectPage(List.of(), query.page(), query.size(), counted, true);
        }
        String sql = "SELECT " + LIST_COLUMNS + ", (SELECT count(*) FROM cooperation_participant c"
                + " WHERE c.project_id = p.id AND c.consent_state = 'REQUESTED') AS pending"
                + " FROM cooperation_project p WHERE " + where
                + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset";
        long rowsToWalk = (offset + query.size()) * tableRows() / Math.max(counted, 1);
        List<ProjectRow> rows = orderBy.equals(NEWEST_FIRST) && rowsToWalk <= WALK_LIMIT
                ? readOnly.execute(status -> {
                    // Many matches: reading the newest projects in order meets the page sooner than collecting
                    // every match and sorting it, which is what the planner picks from its estimate of prefix
                    // searches. Session settings are local to this transaction.
                    jdbc.sql("SET LOCAL enable_bitmapscan TO off").update();
                    jdbc.sql("SET LOCAL enable_sort TO off").update();
                    jdbc.sql("SET LOCAL max_parallel_workers_per_gather TO 0").update();
                    return rows(sql, params, query.size(), offset);
                })
                : rows(sql, params, query.size(), offset);
        boolean exact = counted <= bound;
        return new ProjectPage(rows, query.page(), query.size(), exact ? counted : bound, exact);
    }

    private List<ProjectRow> rows(String sql, Map<String, Object> params, int limit, long offset) {
        return jdbc.sql(sql)
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> row(rs))
                .list();
    }

    @Bean
    static CacheSpec matchCounts() {
        return MatchCounts.SPEC;
    }

    /** Forgets the remembered match counts; called whenever a project changes. */
    void forgetCounts() {
        counts.forget();
    }

    /** The planner's row count of the whole table, refreshed every minute; it only steers the choice above. */
    private long tableRows() {
        long now = System.nanoTime();
        if (now - tableRowsAt > 60_000_000_000L || tableRows < 0) {
            tableRows = Math.max(
                    1,
                    jdbc.sql("SELECT reltuples::bigint FROM pg_class" + " WHERE oid = 'cooperation_project'::regclass")
                            .query(Long.class)
                            .single());
            tableRowsAt = now;
        }
        return tableRows;
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

    /** What the portfolio dashboard shows: counts by area, status and country; budgets and progress by area. */
    record Figures(
            Map<String, Long> byArea,
            Map<String, Long> byStatus,
            Map<String, Long> byCountry,
            Map<String, Map<String, BigDecimal>> budgetsByCurrency,
            Map<String, BigDecimal> progressByArea) {

        long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The dashboard's figures. Without filters, public projects come from the summary the database keeps up to date
     * and only the restricted projects the reader may see are summed now; with filters, everything is summed now,
     * one pass over the visible projects contributing one row per priority area, country and status.
     */
    Figures figures(ProjectQuery query, String reader) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, reader, params);
        FigureSums sums = new FigureSums();
        if (query.unfiltered()) {
            jdbc.sql("SELECT kind, code, NULLIF(currency, ''), projects, NULLIF(budget, 0), progress_sum,"
                            + " progress_count FROM cooperation_portfolio_public WHERE projects > 0")
                    .query(sums::add);
            where += " AND (p.visibility <> 'PUBLIC' OR p.status = 'DRAFT')"
                    + " AND (p.owner_party = :reader OR p.participants @> ARRAY[CAST(:reader AS text)])";
        }
        jdbc.sql("SELECT k.kind, k.code, p.currency, count(*), sum(p.budget), sum(p.progress), count(p.progress)"
                        + " FROM cooperation_project p CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code"
                        + " FROM unnest(p.priority_areas) a UNION ALL SELECT 'country', c FROM unnest(p.countries) c"
                        + " UNION ALL SELECT 'status', lower(p.status)) k WHERE " + where
                        + " GROUP BY k.kind, k.code, p.currency")
                .params(params)
                .query(sums::add);
        return sums.figures();
    }

    private String where(ProjectQuery q, String reader, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(ProjectStore.READABLE);
        params.put("reader", reader == null ? "" : reader);
        if (present(q.q())) {
            String text = q.q().strip();
            if (CJK.matcher(text).find()) {
                // substring match, served by the trigram index on title_text
                sql.append(" AND p.title_text ILIKE :like");
                params.put("like", "%" + text.replace("%", "").replace("_", "") + "%");
            } else {
                String[] prefixes = prefixes(text);
                if (prefixes.length > 0) {
                    sql.append(" AND p.title_prefixes @> CAST(:prefixes AS text[])");
                    params.put("prefixes", prefixes);
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

    /**
     * Words of the search text, each to be found as the start of a word of the title: "demin lao" finds
     * "Demining in Lao PDR". Words are cut to the 20 characters the index keeps of each word.
     */
    static String[] prefixes(String text) {
        return java.util.Arrays.stream(WORD.split(text.toLowerCase(java.util.Locale.ROOT)))
                .filter(w -> !w.isBlank())
                .map(w -> w.codePointCount(0, w.length()) > 20 ? w.substring(0, w.offsetByCodePoints(0, 20)) : w)
                .distinct()
                .limit(8)
                .toArray(String[]::new);
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
