package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gsi.earlywarning.CameoCoding;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;
import org.junit.jupiter.api.Test;

class GdeltParserTests {

    @Test
    void gdelt2FifteenMinuteExportIsDetectedAndMapped() {
        CollectingSink sink = CollectingSink.read("gdelt2-20170701234500.export.sample50.CSV");

        assertThat(sink.summary.source()).isEqualTo(EventSource.GDELT2);
        assertThat(sink.summary.read()).isEqualTo(50);
        Map<EventCategory, Long> byCategory =
                sink.events.stream().collect(Collectors.groupingBy(Event::category, Collectors.counting()));
        assertThat(byCategory)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        EventCategory.VERBAL_COOPERATION, 15L,
                        EventCategory.MATERIAL_COOPERATION, 4L,
                        EventCategory.VERBAL_CONFLICT, 17L,
                        EventCategory.MATERIAL_CONFLICT, 10L));
    }

    @Test
    void gdelt2EventsWithoutActionPlaceAreRejected() {
        CollectingSink sink = CollectingSink.read("gdelt2-20170701234500.export.sample50.CSV");

        assertThat(sink.rejections).hasSize(4);
        assertThat(CollectingSink.said(sink.rejections.get(0))).isEqualTo("1: PLACE_EMPTY [ActionGeo_CountryCode]");
    }

    @Test
    void gdelt2FieldsLandInTheNormalisedEvent() {
        Event cuba = CollectingSink.read("gdelt2-20170701234500.export.sample50.CSV").events.stream()
                .filter(e -> e.sourceId().equals("669666354"))
                .findFirst()
                .orElseThrow();

        assertThat(cuba.date()).isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(cuba.sourceVersion()).isEqualTo("20170701234500");
        assertThat(cuba.actor2()).isEqualTo("CUBA");
        assertThat(cuba.place().country()).isEqualTo("USA");
        assertThat(cuba.place().admin1()).isEqualTo("USLA");
        assertThat(cuba.place().name()).isEqualTo("Ouachita Parish, Louisiana, United States");
        assertThat(cuba.place().coordinates()).contains(new Coordinates(32.4835, -92.1501));
        assertThat(cuba.cameo()).contains(new CameoCoding("042", "04", 1, 1.9));
        assertThat(cuba.fatalities()).isEmpty();
    }

    @Test
    void gdelt1DailyRowsOf57And58ColumnsAreBothRead() {
        CollectingSink sink = CollectingSink.read("gdelt1-mixed-50.tsv");

        assertThat(sink.summary.source()).isEqualTo(EventSource.GDELT1);
        assertThat(sink.summary.read()).isEqualTo(50);
        assertThat(sink.events).hasSize(49);
        assertThat(sink.rejections)
                .extracting(CollectingSink::said)
                .containsExactly("2: PLACE_EMPTY [ActionGeo_CountryCode]");
        Event historical = sink.events.stream()
                .filter(e -> e.sourceId().equals("1552829"))
                .findFirst()
                .orElseThrow();
        assertThat(historical.sourceVersion()).isEqualTo("20130203");
        assertThat(historical.place().country()).isEqualTo("GHA");
        assertThat(historical.place().admin1()).isEqualTo("GH01");
        assertThat(historical.place().coordinates()).contains(new Coordinates(5.55, -0.216667));
        assertThat(historical.date()).isEqualTo(LocalDate.of(1982, 1, 2));
    }

    @Test
    void wrongFieldCountUnknownFipsAndBadDateAreRejectedPerRow() {
        String good = gdelt1Row("1", "20160728", "UK", "51.5", "-0.12");
        String unknownFips = gdelt1Row("2", "20160728", "ZZ", "51.5", "-0.12");
        String badDate = gdelt1Row("3", "20161328", "UK", "51.5", "-0.12");
        String shortRow = "4\t20160728\tonly three";

        CollectingSink sink = CollectingSink.readText(String.join("\n", good, unknownFips, badDate, shortRow));

        assertThat(sink.events).extracting(Event::sourceId).containsExactly("1");
        assertThat(sink.rejections)
                .extracting(CollectingSink::said)
                .containsExactly(
                        "2: FIPS_UNKNOWN [ZZ]",
                        "3: DATE_INVALID [SQLDATE, 20161328]",
                        "4: TAB_FIELD_COUNT_EITHER [57, 58, 3]");
    }

    @Test
    void aFileOfManyBatchesGivesEveryRowInFileOrderWithItsLineAsRowByRowReadingDoes() throws Exception {
        List<String> sample;
        try (var in =
                GdeltParserTests.class.getResourceAsStream("/earlywarning/gdelt2-20170701234500.export.sample50.CSV")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; lines.size() < 3 * GdeltParser.BATCH + 321; i++) {
            String[] f = sample.get(i % sample.size()).split("\t", -1);
            f[0] = Long.toString(900_000_000L + i);
            if (i % 997 == 5) {
                f[56] = "123.5"; // not a latitude: kept without a point, with a warning
            }
            lines.add(String.join("\t", f));
        }
        lines.set(GdeltParser.BATCH - 1, "");
        lines.set(GdeltParser.BATCH, "42\tshort row");
        lines.set(2 * GdeltParser.BATCH + 7, "");

        List<String> rowByRow = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String seen : seen(lines.get(i))) {
                rowByRow.add(seen.replaceFirst("^1:", (i + 1) + ":"));
            }
        }
        List<String> whole = seen(String.join("\n", lines));

        assertThat(whole).containsExactlyElementsOf(rowByRow);
        assertThat(whole)
                .anyMatch(r -> r.startsWith("1001: rejected"))
                .anyMatch(r -> r.contains("COORDINATES_DROPPED"));
    }

    /** What a sink is handed, in order: each row's line and its event, rejection or warning. */
    private static List<String> seen(String text) {
        List<String> seen = new ArrayList<>();
        new EventFileReader(CollectingSink.CODES)
                .read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        Optional.of(EventSource.GDELT2),
                        "",
                        new EventSink() {
                            @Override
                            public void accepted(Event event) {
                                throw new AssertionError("the line of every event is told");
                            }

                            @Override
                            public void accepted(long line, Event event) {
                                seen.add(line + ": event " + event.sourceId() + " " + event.contentHash());
                            }

                            @Override
                            public void rejected(RejectedRow row) {
                                seen.add(row.line() + ": rejected " + row.kind() + " " + row.arguments());
                            }

                            @Override
                            public void warned(RowWarning warning) {
                                seen.add(warning.line() + ": " + warning.kind() + " " + warning.arguments());
                            }
                        });
        return seen;
    }

    static String gdelt1Row(String id, String date, String fips, String lat, String lon) {
        String[] f = new String[58];
        java.util.Arrays.fill(f, "");
        f[0] = id;
        f[1] = date;
        f[26] = "190";
        f[27] = "190";
        f[28] = "19";
        f[29] = "4";
        f[30] = "-10.0";
        f[51] = fips;
        f[53] = lat;
        f[54] = lon;
        f[56] = "20160728";
        return String.join("\t", f);
    }
}
