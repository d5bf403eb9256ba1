package org.gsi.earlywarning.internal;

import java.util.HashMap;
import java.util.Map;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list read in SQL: the rows of a {@code FROM … WHERE} counted, then the page's rows read in the order
 * given, with {@code LIMIT} and {@code OFFSET}. The same {@code WHERE} serves both, so a row the reader may not see is
 * missing from the count as from the rows.
 */
public final class PagedSql {

    private PagedSql() {}

    /**
     * @param columns the selected columns ({@code a.*, …})
     * @param fromWhere {@code FROM …} and its {@code WHERE}, with named parameters from {@code params}
     * @param orderBy {@code ORDER BY} terms built from a fixed set of columns, never text from the address
     */
    public static <T> PageView<T> page(
            JdbcClient jdbc,
            String columns,
            String fromWhere,
            Map<String, Object> params,
            String orderBy,
            Paging paging,
            RowMapper<T> rows) {
        long total = jdbc.sql("SELECT count(*) " + fromWhere)
                .params(params)
                .query(Long.class)
                .single();
        Map<String, Object> all = new HashMap<>(params);
        all.put("limit", paging.size());
        all.put("offset", paging.offset());
        var items = jdbc.sql(
                        "SELECT " + columns + " " + fromWhere + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(all)
                .query(rows)
                .list();
        return new PageView<>(items, paging.page(), paging.size(), total);
    }
}
