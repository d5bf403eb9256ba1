import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.StringJoiner;
import org.flywaydb.core.Flyway;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.internal.ingest.CountryCodes;
import org.gsi.earlywarning.internal.ingest.EventImporter;
import org.gsi.platform.DatabaseCredentials;
import org.gsi.platform.EmbeddedDatabaseServer;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * End-to-end GDELT 2.0 ingestion (parse, validate, map codes, store, update rollups) against a plain COPY of the
 * same file into an unindexed table of 61 text columns, measured in the same run on the same database, in two
 * scenarios: a first import into an empty store, and a first import into a store that already holds other events
 * (imported just before, so the planner's statistics lag behind, as after any bulk load). Each run uses fresh
 * databases; the medians of the runs are printed last.
 *
 * <p>Arguments: rows (default 1,000,000), stored events of the second scenario (default 500,000), runs (default
 * 3), sample file, work directory.
 */
public class IngestBenchmark {

    private static final java.util.UUID JOB = java.util.UUID.fromString("00000000-0000-0000-0000-000000000001");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int stored = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path sample = Path.of(args.length > 3 ? args[3]
                : "src/test/resources/earlywarning/gdelt2-20170701234500.export.sample50.CSV");
        Path work = Path.of(args.length > 4 ? args[4] : "target/bench-earlywarning");
        Files.createDirectories(work);
        Path file = work.resolve("gdelt2-generated.export.CSV");
        Path others = work.resolve("gdelt2-stored.export.CSV");
        long bytes = generate(sample, file, rows, 900_000_000L);
        // the events already stored carry lower ids, as GDELT numbers its events in order
        generate(sample, others, stored, 800_000_000L);
        System.out.printf("generated %,d rows (%,d MB) and %,d stored others from %s%n", rows, bytes >> 20, stored,
                sample);
        List<Double> empty = new java.util.ArrayList<>();
        List<Double> loaded = new java.util.ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            System.out.printf("== run %d of %d%n", run, runs);
            empty.add(scenario(work, file, rows, null, run == runs));
            loaded.add(scenario(work, file, rows, others, false));
        }
        System.out.printf("median of %d runs, import / plain COPY: first import into an empty store %.2f;"
                        + " first import into a store holding %,d others %.2f (goal >= 0.60 each)%n",
                runs, median(empty), stored, median(loaded));
    }

    /** One scenario on a fresh database; returns the import's rate over the plain COPY's. */
    static double scenario(Path work, Path file, int rows, Path storedFirst, boolean thenReadsAndReimport)
            throws Exception {
        Path dir = work.resolve("db-" + System.nanoTime());
        try {
            return scenarioOn(dir, file, rows, storedFirst, thenReadsAndReimport);
        } finally {
            // each scenario's database is a few gigabytes at a million rows: it goes when the scenario ends
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double scenarioOn(
            Path dir, Path file, int rows, Path storedFirst, boolean thenReadsAndReimport) throws Exception {
        try (EmbeddedDatabaseServer db = EmbeddedDatabaseServer.start(dir, true)) {
            // as the platform runs: migrations as the schema's owner, the import as the application's role
            PGSimpleDataSource owner = dataSource(db, DatabaseCredentials.OWNER);
            Flyway.configure()
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .placeholders(java.util.Map.of("application_role", DatabaseCredentials.APPLICATION))
                    .load()
                    .migrate();
            PGSimpleDataSource ds = dataSource(db, DatabaseCredentials.APPLICATION);
            EventImporter importer = new EventImporter(ds, CountryCodes.load(), EventImporter.DEFAULT_CHUNK);
            String label = "first import into an empty store";
            if (storedFirst != null) {
                EventImporter.Counts seeded = importFile(importer, storedFirst).counts();
                label = String.format("first import into a store holding %,d others", seeded.imported());
            }
            long postmaster = postmasterPid(ds);
            double[] before = cpuSeconds(postmaster);
            double copy = plainCopy(owner, file, rows);
            double[] copied = cpuSeconds(postmaster);
            long start = System.nanoTime();
            EventImporter.Outcome outcome = importFile(importer, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] imported = cpuSeconds(postmaster);
            double ingest = rows / seconds;
            EventImporter.Counts n = outcome.counts();
            System.out.printf("%s (load average %s): plain COPY %,.0f rows/s in %.1f s, import %,.0f rows/s"
                            + " (%,d read = %,d imported + %,d"
                            + " updated + %,d unchanged + %,d rejected) in %.1f s: %.2f of the COPY; heap max %d MB,"
                            + " used %d MB%n",
                    label, loadAverage(), copy, rows / copy, ingest, n.read(), n.imported(), n.updated(), n.unchanged(),
                    n.rejected(), seconds,
                    ingest / copy, Runtime.getRuntime().maxMemory() >> 20,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            System.out.printf("  CPU seconds: plain COPY %.1f (platform process %.1f, database server %.1f), import %.1f"
                            + " (platform process %.1f, database server %.1f)%n",
                    copied[0] + copied[1] - before[0] - before[1], copied[0] - before[0], copied[1] - before[1],
                    imported[0] + imported[1] - copied[0] - copied[1], imported[0] - copied[0],
                    imported[1] - copied[1]);
            if (thenReadsAndReimport) {
                start = System.nanoTime();
                outcome = importFile(importer, file);
                System.out.printf("re-import of the same file (all unchanged: %,d): %,.0f rows/s%n",
                        outcome.counts().unchanged(), rows / ((System.nanoTime() - start) / 1e9));
                reads(owner);
            }
            return ingest / copy;
        }
    }

    static PGSimpleDataSource dataSource(EmbeddedDatabaseServer db, String role) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(db.jdbcUrl());
        ds.setUser(role);
        ds.setPassword(db.credentials().password(role));
        return ds;
    }

    /** The database server's main process, parent of every backend. */
    static long postmasterPid(PGSimpleDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            long backend = rowsOf(s, "SELECT pg_backend_pid()");
            return Long.parseLong(stat(backend)[1]);
        }
    }

    /**
     * CPU seconds used so far by this process and by the database server (its main process, the backends it has
     * reaped and those still running), from /proc, in clock ticks of 1/100 s.
     */
    static double[] cpuSeconds(long postmaster) throws Exception {
        Thread.sleep(3_000); // the backends of closed connections end and are reaped, their time then the server's
        double jvm = ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        String[] main = stat(postmaster);
        long ticks = Long.parseLong(main[11]) + Long.parseLong(main[12]) + Long.parseLong(main[13])
                + Long.parseLong(main[14]);
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(f -> f.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String[] child = stat(Long.parseLong(p.getFileName().toString()));
                    if (Long.parseLong(child[1]) == postmaster) {
                        ticks += Long.parseLong(child[11]) + Long.parseLong(child[12]);
                    }
                } catch (java.io.IOException gone) {
                    // the process ended while the list was read: its time is now its parent's
                }
            }
        }
        return new double[] {jvm, ticks / 100.0};
    }

    /** The fields of /proc/PID/stat after the command name: state is [0], parent [1], user and system time [11], [12]. */
    static String[] stat(long pid) throws Exception {
        String line = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as {@code uptime} shows them. */
    static String loadAverage() throws Exception {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + ", " + f[1] + ", " + f[2];
    }

    static EventImporter.Outcome importFile(EventImporter importer, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return importer.run(JOB, in, Optional.of(EventSource.GDELT2), "",
                    new EventImporter.Scope("", false, "bench"), (c, n, r, w) -> {});
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The reads of the pages at the size reached: best of three runs of each, after a warm-up run. */
    static void reads(PGSimpleDataSource ds) throws Exception {
        java.lang.reflect.Field select =
                Class.forName("org.gsi.earlywarning.internal.indicators.IndicatorQueries").getDeclaredField("SELECT");
        select.setAccessible(true);
        String panel = String.format((String) select.get(null),
                        "unit_level = 'COUNTRY' AND month BETWEEN DATE '2014-01-01' AND DATE '2024-12-01'")
                .replace(":from", "DATE '2015-01-01'") + " ORDER BY unit, month";
        String country = String.format((String) select.get(null), "unit_level = 'COUNTRY'"
                        + " AND month BETWEEN DATE '2021-01-01' AND DATE '2024-12-01' AND country = 'MLI' AND unit = 'MLI'")
                .replace(":from", "DATE '2022-01-01'") + " ORDER BY unit, month";
        String latest = "SELECT max(month) FROM earlywarning_indicator WHERE unit_level = 'COUNTRY'";
        String count = "SELECT count(*) FROM earlywarning_event WHERE country = 'MLI'";
        String page = "SELECT * FROM earlywarning_event WHERE country = 'MLI'"
                + " ORDER BY month DESC, event_date DESC, source, source_id LIMIT 25";
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE earlywarning_event");
            s.execute("ANALYZE earlywarning_indicator");
            long stored = rowsOf(s, "SELECT count(*) FROM earlywarning_event");
            double panelMs = best(s, panel);
            System.out.printf("with %,d events stored: country-month panel, all countries, 2015-2024 (%,d rows):"
                    + " %.0f ms%n", stored, rowsOf(s, "SELECT count(*) FROM (" + panel + ") p"), panelMs);
            double[] parts = {best(s, latest), best(s, country), best(s, page)};
            System.out.printf("situation page queries (latest month %.0f ms, 36-month series %.0f ms, newest 25"
                            + " events %.0f ms of its country, MLI with %,d events): %.0f ms;"
                            + " counting the country's events (events page only): %.0f ms%n",
                    parts[0], parts[1], parts[2], rowsOf(s, count), parts[0] + parts[1] + parts[2], best(s, count));
        }
    }

    static double best(Statement s, String sql) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            try (var rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
            best = i == 0 ? best : Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    static long rowsOf(Statement s, String sql) throws Exception {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Realistic rows: the sample's rows in turn, each with a fresh event id and a date spread over ten years. */
    static long generate(Path sample, Path target, int rows, long firstId) throws Exception {
        List<String[]> templates = Files.readAllLines(sample, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1))
                .toList();
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rows; i++) {
                String[] f = templates.get(i % templates.size()).clone();
                int year = 2015 + random.nextInt(10);
                int month = 1 + random.nextInt(12);
                int day = 1 + random.nextInt(28);
                f[0] = Long.toString(firstId + i);
                f[1] = String.format("%04d%02d%02d", year, month, day);
                f[2] = String.format("%04d%02d", year, month);
                f[3] = Integer.toString(year);
                f[4] = String.format("%.4f", year + (month - 1) / 12.0 + day / 365.0);
                f[59] = f[1] + "000000";
                StringJoiner line = new StringJoiner("\t");
                for (String field : f) {
                    line.add(field);
                }
                out.write(line.toString());
                out.write('\n');
            }
        }
        return Files.size(target);
    }

    static double plainCopy(PGSimpleDataSource ds, Path file, int rows) throws Exception {
        StringJoiner columns = new StringJoiner(", ", "CREATE TABLE bench_copy (", ")");
        for (int i = 1; i <= 61; i++) {
            columns.add("c" + i + " TEXT");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy");
            s.execute(columns.toString());
            long start = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN", in, 1 << 16);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("DROP TABLE bench_copy");
            return rows / seconds;
        }
    }
}
