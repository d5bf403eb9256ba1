package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
     * @param owner the party whose own incident reports are imported (empty when the file holds none)
     * @param job the import job, named in every row
     */
    RowPreparer(String owner, UUID job) {
        this.owner = owner;
        this.job = job;
    }

    /** The key under which an event of this import is stored. */
    static String storedKey(Event e, String owner) {
        return e.source() == EventSource.INCIDENTS ? owner + ":" + e.sourceId() : e.sourceId();
    }

    StagedRow prepare(Event e) {
        CameoCoding cameo = e.cameo().orElse(null);
        Fatalities f = e.fatalities().orElse(null);
        var contribution = new StagedRow.Contribution(
                e.place().country(),
                e.place().admin1(),
                e.place().priogridGid().orElse(null),
                e.date().withDayOfMonth(1),
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
        return new StagedRow(e.source(), key, e.contentHash(), contribution, encoder.takeRow());
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
