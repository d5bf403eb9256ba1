package org.gsi.earlywarning.internal.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.PagedSql;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imports list: every import job, optionally in one state, in an order from a fixed set of columns, one page at
 * a time in SQL, so that the list stays whole however many files were imported.
 */
@Repository
public class ImportListing {

    /** The states of a job, as stored. */
    public static final List<String> STATES = List.of("QUEUED", "RUNNING", "DONE", "FAILED");

    /** The sortable columns by their names in the address, with the SQL that orders by each. */
    public static final Map<String, String> COLUMNS = columns();

    private final JdbcClient jdbc;

    ImportListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageView<ImportJobView> page(Optional<String> status, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (status.isPresent()) {
            where = " WHERE status = :status";
            params.put("status", status.get());
        }
        return PagedSql.page(
                jdbc,
                "*",
                "FROM earlywarning_import_job" + where,
                params,
                paging.orderBy(COLUMNS, "created_at DESC, id"),
                paging,
                ImportJobStore::job);
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("file", "lower(file_name)");
        c.put("status", "status");
        c.put("rows", "read_rows");
        c.put("rejected", "rejected");
        c.put("party", "submitted_party");
        c.put("added", "created_at");
        return Map.copyOf(c);
    }
}
