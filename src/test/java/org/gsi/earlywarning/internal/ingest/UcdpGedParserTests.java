package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.junit.jupiter.api.Test;

class UcdpGedParserTests {

    @Test
    void shippedExtractIsReadCompletelyIncludingQuotedLineBreaks() {
        CollectingSink sink = CollectingSink.read("ged-v23_1-car-120.csv");

        assertThat(sink.summary.source()).isEqualTo(EventSource.UCDP_GED);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.events).hasSize(111);
        assertThat(sink.events).allSatisfy(e -> assertThat(e.place().country()).isEqualTo("CAF"));
        assertThat(sink.events.stream().mapToInt(Event::fatalitiesBest).sum()).isEqualTo(850);
    }

    @Test
    void firstEventIsNormalised() {
        Event first = CollectingSink.read("ged-v23_1-car-120.csv").events.get(0);

        assertThat(first.sourceId()).isEqualTo("36210");
        assertThat(first.sourceVersion()).isEqualTo("23.1");
        assertThat(first.date()).isEqualTo(LocalDate.of(2009, 2, 20));
        assertThat(first.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(first.category()).isEqualTo(EventCategory.STATE_BASED_CONFLICT);
        assertThat(first.actor1()).isEqualTo("Government of Uganda");
        assertThat(first.actor2()).isEqualTo("LRA");
        assertThat(first.fatalities()).contains(new Fatalities(3, 3, 3));
        assertThat(first.place().priogridGid()).contains(137213);
        assertThat(first.place().name()).isEqualTo("Southeast Central African Republic");
        assertThat(first.rawRow()).startsWith("36210,0,2009,1,Clear,1,314");
    }

    @Test
    void computedPrioGridCellMatchesTheCellUcdpPublishes() throws Exception {
        CollectingSink sink = CollectingSink.read("ged-v23_1-car-120.csv");
        try (var in = getClass().getResourceAsStream("/earlywarning/ged-v23_1-car-120.csv");
                var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new java.io.InputStreamReader(in))) {
            var published = parser.stream()
                    .map(r -> Integer.parseInt(r.get("priogrid_gid")))
                    .toList();
            assertThat(sink.events.stream().map(e -> e.place().priogridGid().orElseThrow()))
                    .containsExactlyElementsOf(published);
        }
    }

    @Test
    void headerlessCandidateFileIsReadInTheStandardColumnOrder() {
        CollectingSink headerless = CollectingSink.read("ged-candidate-headerless.csv");
        CollectingSink standard = CollectingSink.read("ged-v23_1-car-120.csv");

        assertThat(headerless.summary.source()).isEqualTo(EventSource.UCDP_GED);
        assertThat(headerless.events).hasSize(3);
        assertThat(headerless.events).containsExactlyElementsOf(standard.events.subList(0, 3));
    }

    @Test
    void olderShorterLayoutIsReadByColumnName() {
        CollectingSink older = CollectingSink.read("ged-older-41-columns.csv");
        CollectingSink standard = CollectingSink.read("ged-v23_1-car-120.csv");

        assertThat(older.rejections).isEmpty();
        assertThat(older.events).hasSize(3);
        assertThat(older.events.get(1).fatalities())
                .isEqualTo(standard.events.get(1).fatalities());
        assertThat(older.events.get(1).place()).isEqualTo(standard.events.get(1).place());
    }

    @Test
    void unknownCountriesAreRejectedWithTheirLineAndOutOfRangeCoordinatesDroppedWithAWarning() {
        String header = String.join(",", UcdpGedParser.STANDARD_COLUMNS);
        String good = row("1", "482", "5.4", "26.5");
        String unknownCountry = row("2", "999", "5.4", "26.5");
        String historic = row("3", "817", "10.8", "106.7");
        String badLatitude = row("4", "482", "95.4", "26.5");

        CollectingSink sink =
                CollectingSink.readText(String.join("\n", header, good, unknownCountry, historic, badLatitude) + "\n");

        assertThat(sink.events).extracting(Event::sourceId).containsExactly("1", "4");
        assertThat(sink.events.get(1).place().coordinates()).isEmpty();
        assertThat(sink.rejections)
                .extracting(CollectingSink::said)
                .containsExactly(
                        "3: COUNTRY_UNKNOWN [country_id, 999, ]",
                        "4: COUNTRY_WITHOUT_ISO_CODE [country_id, 817, Vietnam, Republic of, ]");
        assertThat(sink.warnings)
                .extracting(w -> w.line() + " " + w.kind() + " " + w.arguments())
                .containsExactly("5 COORDINATES_DROPPED [95.4, 26.5]");
        assertThat(sink.summary.read()).isEqualTo(4);
    }

    private static String row(String id, String countryId, String lat, String lon) {
        String[] values = new String[UcdpGedParser.STANDARD_COLUMNS.size()];
        java.util.Arrays.fill(values, "");
        set(values, "id", id);
        set(values, "type_of_violence", "1");
        set(values, "country_id", countryId);
        set(values, "latitude", lat);
        set(values, "longitude", lon);
        set(values, "date_start", "2020-01-02");
        set(values, "date_prec", "1");
        set(values, "best", "2");
        return String.join(",", values);
    }

    private static void set(String[] values, String column, String value) {
        values[UcdpGedParser.STANDARD_COLUMNS.indexOf(column)] = value;
    }
}
