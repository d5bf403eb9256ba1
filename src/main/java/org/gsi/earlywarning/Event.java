package org.gsi.earlywarning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A normalised event from any source. {@code (source, sourceId)} identifies it across imports; {@code contentHash}
 * changes whenever the source row changes, so a re-import can tell unchanged rows from updated ones.
 */
public record Event(
        EventSource source,
        String sourceId,
        String sourceVersion,
        LocalDate date,
        DatePrecision datePrecision,
        Place place,
        String actor1,
        String actor2,
        EventCategory category,
        Optional<CameoCoding> cameo,
        Optional<Fatalities> fatalities,
        String rawRow,
        String contentHash) {

    public Event {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(datePrecision, "datePrecision");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(fatalities, "fatalities");
        Objects.requireNonNull(rawRow, "rawRow");
        Objects.requireNonNull(contentHash, "contentHash");
        sourceVersion = sourceVersion == null ? "" : sourceVersion;
        actor1 = actor1 == null ? "" : actor1;
        actor2 = actor2 == null ? "" : actor2;
    }

    /** Best-estimate deaths, zero when the source reports none. */
    public int fatalitiesBest() {
        return fatalities.map(Fatalities::best).orElse(0);
    }
}
