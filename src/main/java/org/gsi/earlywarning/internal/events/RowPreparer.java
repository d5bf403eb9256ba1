package org.gsi.earlywarning.internal.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.gsi.earlywarning.CameoCoding;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;

/**
 * Turns an accepted event into its COPY row for the event store and its rollup contribution. A party's incident
 * reports are keyed under the party ({@code CHN:R-2024-001}): one party's report never takes the key of another's,
 * nor of any other source's event.
 */
final class RowPreparer {

    /** The columns of {@link StagedRow#copyLine()}, then the import job. */
    static final String COLUMNS = "source, source_id, source_version, event_date, date_precision, month, country,"
            + " admin1, admin2, location, latitude, longitude, gid, actor1, actor2, category, cameo_code, quad_class,"
            + " goldstein, fatalities_best, fatalities_low, fatalities_high, raw_row, content_hash, import_job";

    private final CopyRow row = new CopyRow();
    private final String owner;

    /** @param owner the party whose own incident reports are imported (empty when the file holds none) */
    RowPreparer(String owner) {
        this.owner = owner;
    }

    /** The key under which an event of this import is stored. */
    static String storedKey(Event e, String owner) {
        return e.source() == EventSource.INCIDENTS ? owner + ":" + e.sourceId() : e.sourceId();
    }

    StagedRow prepare(Event e) {
        String key = storedKey(e, owner);
        LocalDate month = e.date().withDayOfMonth(1);
        Coordinates point = e.place().coordinates().orElse(null);
        Integer gid = e.place().priogridGid().orElse(null);
        CameoCoding cameo = e.cameo().orElse(null);
        BigDecimal goldstein = cameo == null ? null : goldstein(cameo.goldstein());
        Fatalities f = e.fatalities().orElse(null);
        row.text(e.source().formatKey())
                .text(key)
                .text(e.sourceVersion())
                .raw(e.date().toString())
                .text(e.datePrecision().name())
                .raw(month.toString())
                .text(e.place().country())
                .text(e.place().admin1())
                .text(e.place().admin2())
                .text(e.place().name())
                .raw(point == null ? null : Double.toString(point.latitude()))
                .raw(point == null ? null : Double.toString(point.longitude()))
                .raw(gid == null ? null : gid.toString())
                .text(e.actor1())
                .text(e.actor2())
                .text(e.category().name())
                .text(cameo == null ? null : cameo.eventCode())
                .raw(cameo == null ? null : Integer.toString(cameo.quadClass()))
                .raw(goldstein == null ? null : goldstein.toPlainString())
                .raw(f == null ? null : Integer.toString(f.best()))
                .raw(f == null ? null : Integer.toString(f.low()))
                .raw(f == null ? null : Integer.toString(f.high()))
                .text(e.rawRow())
                .text(e.contentHash());
        byte[] line = row.end();
        var contribution = new StagedRow.Contribution(
                e.place().country(),
                e.place().admin1(),
                gid,
                month,
                e.category().name(),
                f == null ? 0 : f.best(),
                cameo == null ? 0 : cameo.quadClass(),
                goldstein == null ? 0 : goldstein.unscaledValue().intValueExact());
        return new StagedRow(e.source(), key, e.contentHash(), line, contribution);
    }

    private static BigDecimal goldstein(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
