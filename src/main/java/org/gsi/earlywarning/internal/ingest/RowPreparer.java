package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gsi.earlywarning.CameoCoding;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;

/**
 * Turns an accepted event into a staged row: its stored key, its rollup contribution and its binary COPY row for the
 * event store, encoded at once so that the event need not be kept. One preparer per import, used by one thread. A
 * party's incident reports are keyed under the party
 * ({@code CHN:R-2024-001}): one party's report never takes the key of another's, nor of any other source's event.
 */
final class RowPreparer {

    /** The columns of {@link #write}, in order; the last is the import job. */
    static final String COLUMNS = "source, source_id, source_version, event_date, date_precision, month, country,"
            + " admin1, admin2, location, latitude, longitude, gid, actor1, actor2, category, cameo_code, quad_class,"
            + " goldstein, fatalities_best, fatalities_low, fatalities_high, raw_row, content_hash, import_job";

    private static final int FIELDS = 25;

    private final String owner;
    private final UUID job;
    private final BinaryCopy encoder = BinaryCopy.rowEncoder();

    /**
     * One instance of each admin1 name and month: a chunk holds the contributions of tens of thousands of rows while
     * it waits for its writer, and their few distinct values need not be held once per row.
     */
    private final Map<String, String> admin1Names = new HashMap<>();

    private final Map<Integer, LocalDate> months = new HashMap<>();

    /**
     * @param owner the party whose own incident reports are imported (empty when the file holds none)
     * @param job the import job, named in every row
     */
    RowPreparer(String owner, UUID job) {
        this.owner = owner;
        this.job = job;
    }

    /**
     * The content hash in a row written by {@link #write}, which ends with it and the job: a 64-byte field (the hash's
     * hexadecimal digits) and a 16-byte one. {@code end} is the index just past the row.
     */
    static String contentHash(byte[] b, int end) {
        int hash = end - 20 - 64;
        if (hash < 4 || int32(b, hash - 4) != 64 || int32(b, end - 20) != 16) {
            throw new IllegalStateException("not a row of the event store as prepared here");
        }
        return new String(b, hash, 64, StandardCharsets.US_ASCII);
    }

    static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /** The key under which an event of this import is stored. */
    static String storedKey(Event e, String owner) {
        return e.source() == EventSource.INCIDENTS ? owner + ":" + e.sourceId() : e.sourceId();
    }

    /**
     * The event's key and contribution; its row for the store is encoded and waits in this preparer until {@link
     * #keepIn} takes it into a chunk's blocks (a row that is not kept is forgotten by the next one).
     */
    StagedRow prepare(Event e) {
        encoder.discardRow();
        CameoCoding cameo = e.cameo().orElse(null);
        Fatalities f = e.fatalities().orElse(null);
        var contribution = new StagedRow.Contribution(
                e.place().country(),
                canonical(e.place().admin1()),
                e.place().priogridGid().orElse(null),
                month(e.date()),
                e.category().name(),
                f == null ? 0 : f.best(),
                cameo == null ? 0 : cameo.quadClass(),
                cameo == null ? 0 : goldsteinTenths(cameo.goldstein()));
        String key = storedKey(e, owner);
        try {
            write(e, key, contribution, job, encoder);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new StagedRow(e.source(), key, contribution, -1);
    }

    /** Keeps the row encoded by the last {@link #prepare} in {@code blocks}; returns its position there. */
    long keepIn(RowBlocks blocks) {
        return encoder.keepRowIn(blocks);
    }

    private String canonical(String admin1) {
        if (admin1Names.size() > 100_000) {
            admin1Names.clear();
        }
        return admin1Names.computeIfAbsent(admin1, a -> a);
    }

    private LocalDate month(LocalDate date) {
        return months.computeIfAbsent(date.getYear() * 12 + date.getMonthValue() - 1, m -> date.withDayOfMonth(1));
    }

    /** Writes the row of {@link #COLUMNS} for the event stored under {@code key}, imported by {@code job}. */
    private static void write(Event e, String key, StagedRow.Contribution c, UUID job, BinaryCopy out)
            throws IOException {
        Coordinates point = e.place().coordinates().orElse(null);
        CameoCoding cameo = e.cameo().orElse(null);
        Fatalities f = e.fatalities().orElse(null);
        out.row(FIELDS)
                .text(e.source().formatKey())
                .text(key)
                .text(e.sourceVersion())
                .date(e.date())
                .text(e.datePrecision().name())
                .date(c.month())
                .text(e.place().country())
                .text(e.place().admin1())
                .text(e.place().admin2())
                .text(e.place().name());
        if (point == null) {
            out.nul().nul();
        } else {
            out.float8(point.latitude()).float8(point.longitude());
        }
        out.int4(c.gid()).text(e.actor1()).text(e.actor2()).text(c.category());
        if (cameo == null) {
            out.nul().nul().nul();
        } else {
            out.text(cameo.eventCode()).int2(cameo.quadClass()).numericTenths(c.goldsteinTenths());
        }
        if (f == null) {
            out.nul().nul().nul();
        } else {
            out.int4(f.best()).int4(f.low()).int4(f.high());
        }
        out.text(e.rawRow()).text(e.contentHash()).uuid(job);
    }

    /**
     * The Goldstein score rounded half up to one decimal (the stored scale), in tenths. A score written with at most
     * one decimal (as every source writes it) is a whole number of tenths up to the double's error and is taken as
     * such; any other goes through its shortest decimal form, the rule itself.
     */
    static int goldsteinTenths(double value) {
        double tenths = value * 10;
        long whole = Math.round(tenths);
        if (Math.abs(tenths - whole) < 1e-6 && Math.abs(whole) < 1_000_000) {
            return (int) whole;
        }
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .unscaledValue()
                .intValueExact();
    }
}
