package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.Fatalities;
import org.junit.jupiter.api.Test;

/**
 * Real files carry rows that break their source's own rules. A row is rejected only when it cannot be placed at
 * all (no usable id, date or country); any other is imported as the source states it, and each oddity is told as a
 * warning with its line, field and values.
 */
class RowOdditiesTests {

    static final String UCDP = "id,date_start,date_prec,type_of_violence,country,country_id,latitude,longitude,"
            + "priogrid_gid,best,low,high";

    static final String ACLED = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,iso,"
            + "country,admin1,location,latitude,longitude,fatalities";

    @Test
    void aBestEstimateOutsideItsBoundsIsImportedAsStatedWithAWarning() {
        CollectingSink sink = CollectingSink.readText(UCDP + "\n" + "1,2020-01-02,1,1,Mali,432,14.35,-3.61,,5,6,9\n"
                + "2,2020-01-02,1,1,Mali,432,14.35,-3.61,,12,6,9\n");

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.events)
                .extracting(Event::fatalities)
                .containsExactly(
                        java.util.Optional.of(new Fatalities(5, 6, 9)),
                        java.util.Optional.of(new Fatalities(12, 6, 9)));
        assertThat(sink.warnings)
                .extracting(w -> w.line() + " " + w.field() + " " + w.kind() + " " + w.arguments())
                .containsExactly(
                        "2 best FATALITIES_OUTSIDE_BOUNDS [5, 6, 9]", "3 best FATALITIES_OUTSIDE_BOUNDS [12, 6, 9]");
    }

    @Test
    void aStatedCellIsKeptAndOneThatIsNotACellLeftForThePointsEachWithAWarning() {
        CollectingSink sink = CollectingSink.readText(UCDP + "\n"
                + "1,2020-01-02,1,1,Mali,432,14.35,-3.61,150113,1,1,1\n" // agrees with the point: no warning
                + "2,2020-01-02,1,1,Mali,432,14.35,-3.61,150114,1,1,1\n"
                + "3,2020-01-02,1,1,Mali,432,14.35,-3.61,999999,1,1,1\n"
                + "4,2020-01-02,1,1,Mali,432,,,cell,1,1,1\n");

        assertThat(sink.events)
                .extracting(e -> e.place().priogridGid().orElse(0))
                .containsExactly(150_113, 150_114, 150_113, 0);
        assertThat(sink.warnings)
                .extracting(w -> w.line() + " " + w.field() + " " + w.kind() + " " + w.arguments())
                .containsExactly(
                        "3 priogrid_gid CELL_DIFFERS_FROM_POINT [150114, 150113]",
                        "4 priogrid_gid CELL_INVALID [999999, 150113]",
                        "5 priogrid_gid CELL_INVALID [cell, ]");
    }

    @Test
    void anUnknownCodeWithAKnownNameIsPlacedByTheNameAndSaysSo() {
        CollectingSink ucdp = CollectingSink.readText(UCDP + "\n" + "1,2020-01-02,1,1,Ivory Coast,9999,,,,1,1,1\n");
        CollectingSink acled = CollectingSink.readText(ACLED + "\n"
                + "XKX1,2023-02-04,1,Protests,Peaceful protest,P,0,Kosovo,Pristina,Pristina,42.66,21.17,0\n"
                + "SSD1,2023-02-04,1,Battles,Armed clash,A,7777,South Sudan,Jonglei,Bor,6.2,31.56,4\n"
                + "ZZZ1,2023-02-04,1,Battles,Armed clash,A,7777,Atlantis,,,,,4\n");

        assertThat(ucdp.events)
                .singleElement()
                .satisfies(e -> assertThat(e.place().country()).isEqualTo("CIV"));
        assertThat(ucdp.warnings)
                .extracting(w -> w.field() + " " + w.kind() + " " + w.arguments())
                .containsExactly("country_id COUNTRY_FROM_NAME [9999, Ivory Coast, CIV]");
        assertThat(acled.events).extracting(e -> e.place().country()).containsExactly("XKX", "SSD");
        assertThat(acled.warnings)
                .extracting(w -> w.line() + " " + w.field() + " " + w.kind() + " " + w.arguments())
                .containsExactly("3 iso COUNTRY_FROM_NAME [7777, South Sudan, SSD]");
        assertThat(acled.rejections)
                .extracting(CollectingSink::said)
                .containsExactly("4: COUNTRY_UNKNOWN [iso, 7777, Atlantis]");
    }

    @Test
    void unreadablePrecisionsDeathsAndTypesAreKeptAsUnknownWithAWarningEach() {
        CollectingSink ucdp = CollectingSink.readText(UCDP + "\n" + "1,2020-01-02,9,4,Mali,432,,,,many,1,1\n");
        CollectingSink acled = CollectingSink.readText(
                ACLED + "\n" + "MLI1,2023-02-04,7,Parade,Festival,A,466,Mali,Mopti,Mopti,14.5,-4.2,-3\n");

        Event event = ucdp.events.get(0);
        assertThat(event.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(event.category()).isEqualTo(EventCategory.UNCLASSIFIED);
        assertThat(event.fatalities()).isEmpty();
        assertThat(ucdp.warnings)
                .extracting(w -> w.field() + " " + w.kind() + " " + w.arguments())
                .containsExactly(
                        "date_prec PRECISION_UNKNOWN [9]",
                        "type_of_violence CATEGORY_UNKNOWN [4]",
                        "best FATALITIES_UNREADABLE [many]");
        assertThat(acled.events).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo(EventCategory.UNCLASSIFIED);
            assertThat(e.fatalities()).isEmpty();
        });
        assertThat(acled.warnings)
                .extracting(w -> w.field() + " " + w.kind())
                .containsExactly(
                        "event_type CATEGORY_UNKNOWN",
                        "time_precision PRECISION_UNKNOWN",
                        "fatalities FATALITIES_UNREADABLE");
    }

    @Test
    void onlyARowWithoutAUsableIdDateOrCountryIsRejected() {
        CollectingSink sink = CollectingSink.readText(UCDP + "\n"
                + ",2020-01-02,1,1,Mali,432,,,,1,1,1\n"
                + "2,,1,1,Mali,432,,,,1,1,1\n"
                + "3,2 January 2020,1,1,Mali,432,,,,1,1,1\n"
                + "4,2020-01-02,1,1,,,,,,1,1,1\n"
                + "5,2020-01-02,1,1,Mali,432,,,,1,1,1\n");

        assertThat(sink.events).extracting(Event::sourceId).containsExactly("5");
        assertThat(sink.rejections)
                .extracting(CollectingSink::said)
                .containsExactly(
                        "2: FIELD_EMPTY [id]",
                        "3: FIELD_EMPTY [date_start]",
                        "4: DATE_NOT_ISO [date_start, 2 January 2020]",
                        "5: COUNTRY_EMPTY [country_id]");
        assertThat(sink.summary.read()).isEqualTo(5);
        assertThat(sink.summary.warnings()).isZero();
    }
}
