import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.gsi.platform.DatabaseCredentials;
import org.gsi.platform.EmbeddedDatabaseServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The event store at scale, on the embedded PostgreSQL the platform runs (same binaries, same server settings,
 * durable): the store's table as the migrations create it, and the same table declared partitioned by month
 * (partitioned.sql), filled with generated events (generate.sql) in statements of at most 50,000 rows, each its own
 * transaction, as the importer commits its chunks. It prints, with the load average at each step:
 *
 * <ol>
 *   <li>disk per million events with raw rows as long as GDELT 2.0's (1,000,000 events, partitioned);
 *   <li>the unpartitioned store at {@code compare} events: fill rate, the reads below, an importer-like load of
 *       1,000,000 new events, disk;
 *   <li>the partitioned store filled to {@code total} events in ten rounds (each adds a tenth of every month, so
 *       every stage holds the same distribution), with the reads at 1/10, 2/10, 4/10, 6/10, 8/10 and 10/10;
 *   <li>at the end the country rollups built from the events, the indicator panel read from them (the query of
 *       {@code IndicatorQueries}), the importer-like load, disk per million events.
 * </ol>
 *
 * <p>Arguments: total events (default 50,000,000), events of the unpartitioned comparison (default 5,000,000),
 * work directory (default target/bench-scale; its database is deleted at the start and at the end), and minutes of
 * filling after which the partitioned store stops growing and is read at the size reached (default 0: no limit).
 */
public class ScaleBenchmark {

    static final String PARTITIONED = "earlywarning_event_by_month";
    static final String UNPARTITIONED = "earlywarning_event";
    static final String FULL_ROWS = "bench_event_full_rows";
    static final LocalDate FIRST = LocalDate.of(1989, 1, 1);
    static final LocalDate GDELT2 = LocalDate.of(2015, 2, 1);
    /** The last month filled; the month after it receives the importer-like loads. */
    static final LocalDate LAST = LocalDate.of(2026, 11, 1);
    static final LocalDate NEW_MONTH = LAST.plusMonths(1);
    static final int CHUNK = 50_000;
    static final int GDELT_LINE = 410;

    static long nextId = 1;
    static PGSimpleDataSource dataSource;
    static Map<String, String> sql;

    public static void main(String[] args) throws Exception {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 50_000_000L;
        long compare = args.length > 1 ? Long.parseLong(args[1]) : 5_000_000L;
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench-scale");
        double minutes = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        Path data = work.resolve("data");
        deleteTree(data);
        say("event store at scale: %,d events partitioned by month, %,d unpartitioned; machine: %d cores",
                total, compare, Runtime.getRuntime().availableProcessors());
        try (EmbeddedDatabaseServer db = EmbeddedDatabaseServer.start(data, true)) {
            PGSimpleDataSource owner = new PGSimpleDataSource();
            owner.setURL(db.jdbcUrl());
            owner.setUser(DatabaseCredentials.OWNER);
            owner.setPassword(db.credentials().password(DatabaseCredentials.OWNER));
            Flyway.configure()
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("application_role", DatabaseCredentials.APPLICATION))
                    .load()
                    .migrate();
            sql = productionQueries();
            dataSource = owner;
            try (Connection c = owner.getConnection()) {
                c.setAutoCommit(true);
                exec(c, Files.readString(Path.of("bench/scale/generate.sql")));
                say("%s", one(c, "SELECT version()"));
                fullRows(c, Math.min(1_000_000, total));
                unpartitioned(c, compare);
                partitioned(c, total, minutes);
            }
        } finally {
            // the server may take longer than its stop command waits on a loaded machine
            for (int i = 0; i < 120 && Files.exists(data.resolve("postgres/postmaster.pid")); i++) {
                Thread.sleep(1_000);
            }
            deleteTree(data);
            say("database deleted (%s)", data);
        }
    }

    /** Disk per million events whose raw rows are as long as a GDELT 2.0 line. */
    static void fullRows(Connection c, long events) throws Exception {
        createPartitioned(c, FULL_ROWS);
        Fill f = fill(c, FULL_ROWS, plan(events), GDELT_LINE);
        say("%,d events with %d-byte raw rows, partitioned: filled at %,.0f rows/s; %s", f.rows(), GDELT_LINE,
                f.rate(), disk(c, FULL_ROWS, f.rows()));
        exec(c, "DROP TABLE " + FULL_ROWS);
    }

    static void unpartitioned(Connection c, long events) throws Exception {
        Fill f = fill(c, UNPARTITIONED, plan(events), 0);
        say("== unpartitioned store (V30 as migrated), %,d events: filled in %.0f s, %,.0f rows/s", f.rows(),
                f.seconds(), f.rate());
        exec(c, "ANALYZE " + UNPARTITIONED);
        reads(c, UNPARTITIONED, true);
        say("%s", disk(c, UNPARTITIONED, f.rows()));
        importerLoad(c, UNPARTITIONED);
        exec(c, "TRUNCATE " + UNPARTITIONED);
    }

    /**
     * Fills the partitioned store in ten rounds and reads it after rounds 1, 2, 4, 6, 8 and 10; with a time limit
     * (minutes of filling) it stops after the round that passes it and reads the store at the size reached.
     */
    static void partitioned(Connection c, long total, double minutes) throws Exception {
        createPartitioned(c, PARTITIONED);
        List<Long> perMonth = plan(total);
        long stored = 0;
        double filling = 0;
        for (int round = 1; round <= 10; round++) {
            List<Long> tenth = new ArrayList<>();
            for (long n : perMonth) {
                tenth.add(n / 10 + (round <= n % 10 ? 1 : 0));
            }
            Fill f = fill(c, PARTITIONED, tenth, 0);
            stored += f.rows();
            filling += f.seconds();
            say("== partitioned store, round %d of 10: %,d events added in %.0f s (%,.0f rows/s), %,d stored", round,
                    f.rows(), f.seconds(), f.rate(), stored);
            boolean last = round == 10 || (minutes > 0 && filling / 60 * (round + 1) / round > minutes);
            if (round == 1 || round % 2 == 0 || last) {
                stage(c, stored, round == 1 || last, last);
            }
            if (last) {
                if (round < 10) {
                    say("stopped after round %d of 10: %.0f minutes of filling, the next round would pass the limit"
                            + " of %.0f", round, filling / 60, minutes);
                }
                return;
            }
        }
    }

    /** The reads and disk at the size reached; with {@code loads} also the rollups and an importer-like load. */
    static void stage(Connection c, long stored, boolean loads, boolean fullLookup) throws Exception {
        long start = System.nanoTime();
        exec(c, "ANALYZE " + PARTITIONED);
        say("ANALYZE of the partitioned table and its partitions: %.0f s", (System.nanoTime() - start) / 1e9);
        reads(c, PARTITIONED, fullLookup);
        say("%s", disk(c, PARTITIONED, stored));
        if (loads) {
            rollups(c);
            importerLoad(c, PARTITIONED);
            // the loaded month is emptied again, so that later stages hold the planned events only
            exec(c, "TRUNCATE " + PARTITIONED + "_" + NEW_MONTH.toString().substring(0, 7).replace('-', '_'));
        }
    }

    static void createPartitioned(Connection c, String table) throws Exception {
        exec(c, Files.readString(Path.of("bench/scale/partitioned.sql")).replace(":table", table));
        String columns = "SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                + " || coalesce(column_default, '') || coalesce(character_maximum_length::text, '')"
                + " || coalesce(numeric_precision::text, ''), ', ' ORDER BY ordinal_position)"
                + " FROM information_schema.columns WHERE table_name = '%s'";
        String migrated = one(c, String.format(columns, UNPARTITIONED));
        String copy = one(c, String.format(columns, table));
        if (!migrated.equals(copy)) {
            throw new IllegalStateException("partitioned.sql no longer matches the migrated event table:\n  "
                    + migrated + "\n  " + copy);
        }
    }

    /** Events per month from January 1989 to the last month: 5 % before GDELT 2.0, 95 % after, even within each. */
    static List<Long> plan(long total) {
        long before = java.time.temporal.ChronoUnit.MONTHS.between(FIRST, GDELT2);
        long after = java.time.temporal.ChronoUnit.MONTHS.between(GDELT2, LAST) + 1;
        List<Long> out = new ArrayList<>();
        long old = total / 20;
        for (int m = 0; m < before + after; m++) {
            out.add(m < before
                    ? old / before + (m < old % before ? 1 : 0)
                    : (total - old) / after + (m - before < (total - old) % after ? 1 : 0));
        }
        return out;
    }

    record Fill(long rows, double seconds) {
        double rate() {
            return rows / seconds;
        }
    }

    /**
     * Inserts the events of each month in statements of at most 50,000, each committed, on two connections at once
     * as the importer's two writers.
     */
    static Fill fill(Connection c, String table, List<Long> perMonth, int rawLength) throws Exception {
        List<Object[]> statements = new ArrayList<>();
        for (int m = 0; m < perMonth.size(); m++) {
            for (long left = perMonth.get(m); left > 0; ) {
                int n = (int) Math.min(CHUNK, left);
                statements.add(new Object[] {FIRST.plusMonths(m), n, nextId});
                nextId += n;
                left -= n;
            }
        }
        java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int w = 0; w < 2; w++) {
                writers.add(pool.submit(() -> {
                    try (Connection own = dataSource.getConnection();
                            PreparedStatement s = own.prepareStatement("SELECT bench_fill(?::regclass, ?, ?, ?, ?)")) {
                        for (int i = next.getAndIncrement(); i < statements.size(); i = next.getAndIncrement()) {
                            Object[] st = statements.get(i);
                            s.setString(1, table);
                            s.setObject(2, st[0]);
                            s.setInt(3, (Integer) st[1]);
                            s.setLong(4, (Long) st[2]);
                            s.setInt(5, rawLength);
                            try (ResultSet rs = s.executeQuery()) {
                                rs.next();
                                rows.addAndGet(rs.getLong(1));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (var w : writers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Fill(rows.get(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * The reads of the store, with the platform's own statements where they exist: the country-month panel of one
     * country over ten years and of every country for one month straight from the events, the newest 25 events of a
     * country (the events page), the importer's key-range probe and key lookup, and the retraction's scan of a
     * source's month.
     */
    static void reads(Connection c, String t, boolean fullLookup) throws Exception {
        say("reads of %s (first run, then best of the next three; the key lookup: first, then second):", t);
        time(c, "panel, one country (NGA) over ten years, 120 months", "SELECT month, count(*),"
                + " sum(coalesce(fatalities_best, 0)) FROM " + t + " WHERE country = 'NGA'"
                + " AND month BETWEEN DATE '2016-12-01' AND DATE '2026-11-01' GROUP BY month ORDER BY month");
        time(c, "panel, one country (USA, the largest) over ten years", "SELECT month, count(*),"
                + " sum(coalesce(fatalities_best, 0)) FROM " + t + " WHERE country = 'USA'"
                + " AND month BETWEEN DATE '2016-12-01' AND DATE '2026-11-01' GROUP BY month ORDER BY month");
        time(c, "panel, every country for one month (2026-11)", "SELECT country, count(*),"
                + " sum(coalesce(fatalities_best, 0)) FROM " + t + " WHERE month = DATE '2026-11-01'"
                + " GROUP BY country ORDER BY country");
        time(c, "events page: newest 25 of a country (NGA)", "SELECT " + sql.get("EventQueries.COLUMNS") + " FROM "
                + t + " WHERE country = 'NGA' ORDER BY month DESC, event_date DESC, source, source_id LIMIT 25");
        String probe = sql.get("ChunkWriter.ANY_IN_RANGE").replace("earlywarning_event", t)
                .replaceFirst("\\?", "'gdelt2'").replaceFirst("\\?", "'490000000'").replaceFirst("\\?", "'490049999'");
        time(c, "importer's key-range probe, 50,000 new keys", probe);
        String stored = sql.get("Retraction.STORED").replace("earlywarning_event", t)
                .replaceFirst("\\?", "'acled'").replaceFirst("\\?", "DATE '2026-10-01'")
                .replaceFirst("\\?", "DATE '2026-10-31'").replaceFirst("\\?", "0").replaceFirst("\\?", "''");
        time(c, "retraction: a source's stored events of one month, as today", "SELECT count(*) FROM (" + stored + ") x");
        time(c, "retraction with the month range added", "SELECT count(*) FROM (" + stored
                + " AND month BETWEEN DATE '2026-10-01' AND DATE '2026-10-01') x");
        lookup(c, t, 5_000);
        if (fullLookup) {
            lookup(c, t, 50_000);
        }
    }

    /** The importer's key lookup (LOOKUP of ChunkWriter) for stored GDELT keys, as a re-import of a chunk runs it. */
    static void lookup(Connection c, String t, int keys) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT source_id FROM " + t + " WHERE source = 'gdelt2'"
                        + " AND month >= DATE '2026-01-01' LIMIT " + keys)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        String lookup = sql.get("ChunkWriter.LOOKUP").replace("earlywarning_event", t);
        double best = Double.MAX_VALUE;
        double first = 0;
        int found = 0;
        for (int run = 0; run < (keys > 5_000 ? 1 : 2); run++) {
            long start = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement(lookup)) {
                s.setString(1, "gdelt2");
                s.setArray(2, c.createArrayOf("text", ids.toArray()));
                found = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found++;
                    }
                }
            }
            double ms = (System.nanoTime() - start) / 1e6;
            first = run == 0 ? ms : first;
            best = Math.min(best, ms);
        }
        say("  %-58s %,9.1f ms %,9.1f ms  (%,d rows)",
                String.format("importer's key lookup, %,d stored keys", ids.size()), first, best, found);
    }

    /** The country rollups built from the events, and the indicator panel read from them. */
    static void rollups(Connection c) throws Exception {
        long start = System.nanoTime();
        exec(c, "TRUNCATE earlywarning_indicator");
        exec(c, "INSERT INTO earlywarning_indicator (unit_level, unit, country, month, category, events, fatalities,"
                + " conflictual, cooperative, goldstein_sum) SELECT 'COUNTRY', country, country, month, category,"
                + " count(*), sum(coalesce(fatalities_best, 0)), count(*) FILTER (WHERE quad_class IN (3, 4)),"
                + " count(*) FILTER (WHERE quad_class IN (1, 2)), coalesce(sum(goldstein), 0) FROM " + PARTITIONED
                + " GROUP BY country, month, category");
        exec(c, "ANALYZE earlywarning_indicator");
        say("country rollups built from %s in %.0f s: %s rows", PARTITIONED, (System.nanoTime() - start) / 1e9,
                one(c, "SELECT count(*) FROM earlywarning_indicator"));
        String select = sql.get("IndicatorQueries.SELECT");
        time(c, "indicator panel (IndicatorQueries), NGA over ten years", String.format(select,
                        "unit_level = 'COUNTRY' AND month >= DATE '2015-12-01' AND month <= DATE '2026-11-01'"
                                + " AND country = 'NGA'")
                .replace(":from", "DATE '2016-12-01'") + " ORDER BY unit, month");
        time(c, "indicator panel (IndicatorQueries), every country for 2026-11", String.format(select,
                        "unit_level = 'COUNTRY' AND month >= DATE '2025-11-01' AND month <= DATE '2026-11-01'")
                .replace(":from", "DATE '2026-11-01'") + " ORDER BY unit, month");
    }

    /**
     * 1,000,000 new events (90 % GDELT) of the month after the last one, written as the importer writes them: binary COPY
     * of 50,000 rows into the indexed table, each chunk committed with synchronous_commit off. The rows are made in
     * an unlogged table and read out before the clock starts, so the time is the store's alone.
     */
    static void importerLoad(Connection c, String t) throws Exception {
        exec(c, "DROP TABLE IF EXISTS bench_new; CREATE UNLOGGED TABLE bench_new (LIKE earlywarning_event INCLUDING DEFAULTS)");
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(one(c, "SELECT md5('job' || " + nextId + ")::uuid"));
            one(c, "SELECT bench_fill('bench_new', DATE '" + NEW_MONTH + "', " + CHUNK + ", " + nextId + ", 0)");
            nextId += CHUNK;
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String columns = sql.get("RowPreparer.COLUMNS");
        double seconds = 0;
        long rows = 0;
        c.setAutoCommit(false);
        try {
            for (String job : jobs) {
                ByteArrayOutputStream chunk = new ByteArrayOutputStream();
                copy.copyOut("COPY (SELECT " + columns + " FROM bench_new WHERE import_job = '" + job
                        + "') TO STDOUT (FORMAT binary)", chunk);
                c.commit();
                long start = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL synchronous_commit = off");
                }
                rows += copy.copyIn("COPY " + t + " (" + columns + ") FROM STDIN (FORMAT binary)",
                        new java.io.ByteArrayInputStream(chunk.toByteArray()));
                c.commit();
                seconds += (System.nanoTime() - start) / 1e9;
            }
        } finally {
            c.setAutoCommit(true);
        }
        exec(c, "DROP TABLE bench_new");
        say("importer-like load into %s: %,d new events in 50,000-row binary COPY chunks, %.1f s, %,.0f rows/s"
                + " (load %s)", t, rows, seconds, rows / seconds, load());
    }

    /** Table and index sizes over the table and all its partitions, and per million events. */
    static String disk(Connection c, String t, long events) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE isleaf), sum(pg_relation_size(relid))"
                        + " FILTER (WHERE isleaf), sum(pg_indexes_size(relid)) FILTER (WHERE isleaf),"
                        + " sum(pg_total_relation_size(relid)) FILTER (WHERE isleaf),"
                        + " sum(pg_table_size(relid) - pg_relation_size(relid)) FILTER (WHERE isleaf)"
                        + " FROM (SELECT relid, isleaf FROM pg_partition_tree('" + t + "') UNION ALL"
                        + " SELECT '" + t + "'::regclass, true FROM pg_class WHERE oid = '" + t + "'::regclass"
                        + " AND relkind = 'r') tree")) {
            rs.next();
            double total = rs.getLong(4);
            return String.format("disk of %s (%d table%s): table %,.0f MB (TOAST, free space and visibility maps %,.0f MB),"
                            + " indexes %,.0f MB, total %,.0f MB = %,.0f MB per million events; database %,.0f MB",
                    t, rs.getLong(1), rs.getLong(1) == 1 ? "" : "s", rs.getLong(2) / 1e6, rs.getLong(5) / 1e6,
                    rs.getLong(3) / 1e6, total / 1e6, total / 1e6 / (events / 1e6),
                    Double.parseDouble(one(c, "SELECT pg_database_size(current_database())")) / 1e6);
        }
    }

    /** Runs a query four times: prints the first run and the best of the other three. */
    static void time(Connection c, String label, String query) throws Exception {
        double first = 0;
        double best = Double.MAX_VALUE;
        long rows = 0;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            rows = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    rows++;
                }
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (run == 0) {
                first = ms;
            } else {
                best = Math.min(best, ms);
            }
        }
        String planning = "";
        String execution = "";
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, TIMING OFF) " + query)) {
            while (rs.next()) {
                String line = rs.getString(1).trim();
                planning = line.startsWith("Planning Time:") ? line.substring(15) : planning;
                execution = line.startsWith("Execution Time:") ? line.substring(16) : execution;
            }
        }
        say("  %-58s %,9.1f ms %,9.1f ms  (%,d rows; planning %s, execution %s)", label, first, best, rows, planning,
                execution);
    }

    /** The platform's statements, read from its classes so that the benchmark runs what the platform runs. */
    static Map<String, String> productionQueries() throws Exception {
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : List.of("ingest.ChunkWriter.LOOKUP", "ingest.ChunkWriter.ANY_IN_RANGE",
                "ingest.Retraction.STORED", "store.EventQueries.COLUMNS", "ingest.RowPreparer.COLUMNS",
                "indicators.IndicatorQueries.SELECT")) {
            int dot = name.lastIndexOf('.');
            java.lang.reflect.Field f = Class.forName("org.gsi.earlywarning.internal." + name.substring(0, dot))
                    .getDeclaredField(name.substring(dot + 1));
            f.setAccessible(true);
            out.put(name.substring(name.indexOf('.') + 1), (String) f.get(null));
        }
        return out;
    }

    static void exec(Connection c, String statement) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    static String one(Connection c, String query) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String load() throws Exception {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + ", " + f[1] + ", " + f[2];
    }

    static void say(String format, Object... args) throws Exception {
        System.out.printf("%s  %s  [load %s]%n", LocalDateTime.now(ZoneOffset.UTC).withNano(0),
                String.format(format, args), load());
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.UncheckedIOException gone) {
                // a file went away while the tree was listed: list it again
                deleteTree(dir);
            }
        }
    }
}
