package org.gsi.platform;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link SearchSource} over one table of a module, through its column {@code search_vector} filled by the
 * database function {@code platform_search_vector} (words of the six languages as written and stemmed in English,
 * French, Spanish, Russian and Arabic; Chinese, Japanese and Korean script as single characters and overlapping
 * pairs of characters) and matched with {@code platform_search_query}. The module's reading rule is part of the
 * same statement, so a match the reader may not see is neither returned nor counted.
 *
 * @param table the table and its alias, such as {@code cooperation_project p}
 * @param title the SQL expression of the title; may use {@code :lang}, the reader's language
 * @param path the SQL expression of the record's page
 * @param readable the module's reading rule as a SQL predicate over the alias; may use {@code :reader}, the
 *     reader's party code or an empty string for an anonymous reader
 */
public record FullTextSearch(
        JdbcClient jdbc, String kind, int order, String table, String title, String path, String readable)
        implements SearchSource {

    /** Matches are counted up to this many; more are reported as "more than". */
    public static final int COUNT_LIMIT = 200;

    @Override
    public SearchResults search(String words, String reader, String language, int limit) {
        String alias = table.substring(table.lastIndexOf(' ') + 1) + ".";
        List<Row> rows = jdbc.sql("WITH m AS (SELECT " + title + " AS title, " + path + " AS path, ts_rank(" + alias
                        + "search_vector, q) AS rank FROM " + table + ", platform_search_query(:words) q WHERE "
                        + alias + "search_vector @@ q AND " + readable + " LIMIT :bound)"
                        + " SELECT title, path, rank, count(*) OVER () AS total FROM m"
                        + " ORDER BY rank DESC, title LIMIT :limit")
                .param("words", words)
                .param("reader", reader == null ? "" : reader)
                .param("lang", language)
                .param("bound", COUNT_LIMIT + 1)
                .param("limit", Math.max(limit, 1))
                .query((rs, n) -> new Row(
                        new SearchResults.Hit(rs.getString("title"), rs.getString("path"), rs.getDouble("rank")),
                        rs.getLong("total")))
                .list();
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        List<SearchResults.Hit> hits =
                limit <= 0 ? List.of() : rows.stream().map(Row::hit).toList();
        return new SearchResults(kind, hits, Math.min(total, COUNT_LIMIT), total <= COUNT_LIMIT);
    }

    private record Row(SearchResults.Hit hit, long total) {}
}
