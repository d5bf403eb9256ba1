package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.junit.jupiter.api.Test;

class AcledParserTests {

    @Test
    void currentLayoutWithByteOrderMarkIsDetectedAndRead() {
        CollectingSink sink = CollectingSink.read("acled-current-bom.csv");

        assertThat(sink.summary.source()).isEqualTo(EventSource.ACLED);
        assertThat(sink.events)
                .extracting(Event::sourceId)
                .containsExactly("SOM51234", "NGA91011", "MLI22001", "XKX00001", "SDN00002");
        Event somalia = sink.events.get(0);
        assertThat(somalia.place().country()).isEqualTo("SOM");
        assertThat(somalia.place().admin1()).isEqualTo("Hiraan");
        assertThat(somalia.place().admin2()).isEqualTo("Beledweyne");
        assertThat(somalia.category()).isEqualTo(EventCategory.BATTLE);
        assertThat(somalia.fatalities()).contains(Fatalities.exactly(6));
        assertThat(somalia.sourceVersion()).isEqualTo("1674518400");
        assertThat(somalia.rawRow()).contains("near Beledweyne.\nAt least 6 militants");
    }

    @Test
    void bothDateFormatsAreUnderstood() {
        CollectingSink sink = CollectingSink.read("acled-current-bom.csv");

        assertThat(sink.events)
                .extracting(Event::date)
                .containsExactly(
                        LocalDate.of(2023, 1, 15),
                        LocalDate.of(2023, 1, 15),
                        LocalDate.of(2023, 2, 3),
                        LocalDate.of(2023, 2, 4),
                        LocalDate.of(2023, 2, 5));
        assertThat(sink.events.get(1).datePrecision()).isEqualTo(DatePrecision.WEEK);
        assertThat(sink.events.get(1).category()).isEqualTo(EventCategory.PROTEST);
        assertThat(sink.events.get(2).category()).isEqualTo(EventCategory.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void rejectionsNameThePhysicalLineWhereTheRecordStarts() {
        CollectingSink sink = CollectingSink.read("acled-current-bom.csv");

        // the first record spans lines 2 and 3 (a line break inside its notes), so the sixth record starts on line 8
        assertThat(sink.rejections)
                .extracting(CollectingSink::said)
                .containsExactly("8: DATE_NOT_ISO_NOR_LONG [event_date, 05/02/2023]");
        assertThat(sink.summary.read()).isEqualTo(6);
        assertThat(sink.summary.accepted()).isEqualTo(5);
    }

    @Test
    void aPointOffTheEarthIsDroppedWithAWarningAndTheEventKeptInItsCountry() {
        CollectingSink sink = CollectingSink.read("acled-current-bom.csv");

        Event sudan = sink.events.get(4);
        assertThat(sudan.place().country()).isEqualTo("SDN");
        assertThat(sudan.place().coordinates()).isEmpty();
        assertThat(sudan.place().priogridGid()).isEmpty();
        assertThat(sink.warnings).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.field()).isEqualTo("latitude,longitude");
            assertThat(w.kind()).isEqualTo(RowWarning.Kind.COORDINATES_DROPPED);
            assertThat(w.arguments()).containsExactly("95.5", "32.53");
        });
    }

    @Test
    void codeZeroIsKosovoAndAnUnknownCodeFallsBackOnTheCountryName() throws java.io.IOException {
        CollectingSink sink = CollectingSink.read("acled-current-bom.csv");
        String header = new String(
                        getClass()
                                .getResourceAsStream("/earlywarning/acled-current-bom.csv")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .lines()
                .findFirst()
                .orElseThrow();
        CollectingSink renamed = CollectingSink.readText(header + "\n"
                + "COD1,2023-01-15,2023,1,Political violence,Battles,Armed clash,A,,State forces,B,,Rebel group,x,,"
                + "999,Middle Africa,Democratic Republic of Congo,Ituri,Djugu,,Djugu,1.9,30.5,1,S,National,n,3,,1\n");

        assertThat(sink.events.get(3).place().country()).isEqualTo("XKX");
        assertThat(renamed.rejections).isEmpty();
        assertThat(renamed.events)
                .singleElement()
                .satisfies(e -> assertThat(e.place().country()).isEqualTo("COD"));
    }

    @Test
    void preTwentyTwentyThreeLayoutIsRead() {
        CollectingSink sink = CollectingSink.read("acled-legacy-2021.csv");

        assertThat(sink.summary.source()).isEqualTo(EventSource.ACLED);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.events).extracting(e -> e.place().country()).containsExactly("AFG", "YEM");
        assertThat(sink.events)
                .extracting(Event::category)
                .containsExactly(EventCategory.EXPLOSION_REMOTE_VIOLENCE, EventCategory.STRATEGIC_DEVELOPMENT);
        assertThat(sink.events.get(0).sourceId()).isEqualTo("AFG48213");
        assertThat(sink.events.get(0).date()).isEqualTo(LocalDate.of(2021, 3, 18));
        assertThat(sink.events.get(0).place().priogridGid())
                .contains((int) Math.floor((34.5167 + 90) / 0.5) * 720 + (int) Math.floor((69.1833 + 180) / 0.5) + 1);
    }
}
