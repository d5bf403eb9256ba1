package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.gsi.earlywarning.RejectedRow;
import org.junit.jupiter.api.Test;

/**
 * UCDP GED as R and Stata users pass it on: fifteen columns instead of forty-nine, often gzip-compressed, with the
 * PRIO-GRID cell as a column of its own.
 */
class ReducedUcdpExtractTests {

    static final String HEADER = "id,year,date_start,type_of_violence,conflict_name,side_a,side_b,country,country_id,"
            + "latitude,longitude,priogrid_gid,best,low,high";

    @Test
    void theShippedExtractOf116CountriesIsReadWholeFromItsCompressedFile() throws IOException {
        long[] events = new long[1];
        long[] deaths = new long[1];
        Set<String> countries = new HashSet<>();
        List<RejectedRow> rejections = new ArrayList<>();
        IngestSummary summary;
        try (InputStream in =
                getClass().getResourceAsStream("/earlywarning/demo/ged211_precise_116_countries.csv.gz")) {
            summary = new EventFileReader(CollectingSink.CODES).read(in, Optional.empty(), "21.1", new EventSink() {
                @Override
                public void accepted(Event e) {
                    events[0]++;
                    deaths[0] += e.fatalitiesBest();
                    countries.add(e.place().country());
                    assertThat(e.place().priogridGid()).isPresent();
                }

                @Override
                public void rejected(RejectedRow row) {
                    rejections.add(row);
                }
            });
        }

        assertThat(summary.source()).isEqualTo(EventSource.UCDP_GED);
        assertThat(rejections).isEmpty();
        assertThat(events[0]).isEqualTo(103_205);
        assertThat(deaths[0]).isEqualTo(1_491_850);
        assertThat(countries).hasSize(116);
    }

    @Test
    void aCompressedFileGivesTheSameEventsAsTheSameFileUncompressed() throws IOException {
        String text = HEADER + "\n" + "244657,2017,2017-07-31,1,Iraq: Government,Government of Iraq,IS,Afghanistan,700,"
                + "34.531094,69.162796,179779,6,6,6\n"
                + "130359,1989,1989-01-23,1,Afghanistan: Government,Government of Afghanistan,Jamiat,Afghanistan,700,"
                + "35.315833,69.038889,180499,600,600,600\n";

        CollectingSink plain = read(text.getBytes(StandardCharsets.UTF_8));
        CollectingSink packed = read(gzip(text));

        assertThat(packed.summary.source()).isEqualTo(EventSource.UCDP_GED);
        assertThat(packed.events).hasSize(2).containsExactlyElementsOf(plain.events);
        Event first = packed.events.get(0);
        assertThat(first.sourceId()).isEqualTo("244657");
        assertThat(first.place().country()).isEqualTo("AFG");
        assertThat(first.actor1()).isEqualTo("Government of Iraq");
        assertThat(first.fatalities()).contains(Fatalities.exactly(6));
    }

    @Test
    void theCellTheFileStatesIsKeptAndACellIsComputedWhereTheFileHasNone() {
        // 180000 is not the cell of the point (which is 179779): the file's word is kept, not recomputed
        CollectingSink sink = CollectingSink.readText(HEADER + "\n"
                + "1,2017,2017-07-31,1,c,a,b,Afghanistan,700,34.531094,69.162796,180000,6,6,6\n"
                + "2,2017,2017-07-31,1,c,a,b,Afghanistan,700,34.531094,69.162796,,6,6,6\n");

        assertThat(sink.events)
                .extracting(e -> e.place().priogridGid().orElseThrow())
                .containsExactly(180_000, 179_779);
    }

    @Test
    void aHeaderWithoutTheColumnsARowNeedsIsRefusedNamingEachOfThem() {
        String noHint = "id,year,conflict_name,latitude,longitude\n1,2017,c,34.5,69.1\n";
        String reduced = "id,year,date_start,conflict_name,latitude,longitude\n1,2017,2017-01-01,c,34.5,69.1\n";

        assertThatThrownBy(() -> read(noHint.getBytes(StandardCharsets.UTF_8), Optional.of(EventSource.UCDP_GED)))
                .isInstanceOf(UnrecognisedFormatException.class)
                .hasMessageContaining("UCDP GED")
                .hasMessageContaining("date_start, type_of_violence, country_id or country, best or best_est")
                .hasMessageContaining("The header has: id,year,conflict_name,latitude,longitude");
        assertThatThrownBy(() -> CollectingSink.readText(reduced))
                .isInstanceOf(UnrecognisedFormatException.class)
                .hasMessageContaining("lacks the columns type_of_violence, country_id or country, best or best_est");
    }

    @Test
    void theHeaderIsCheckedBeforeAnyRowIsRead() {
        byte[] file = gzip("id,year,date_start,country,latitude,longitude\n1,2017,2017-01-01,Mali,1,2\n");

        assertThatThrownBy(() -> new EventFileReader(CollectingSink.CODES)
                        .checkHeader(new ByteArrayInputStream(file), EventSource.UCDP_GED))
                .isInstanceOf(UnrecognisedFormatException.class)
                .hasMessageContaining("lacks the columns type_of_violence, best or best_est");
    }

    @Test
    void aRowWithoutCoordinatesIsPlacedInItsCountryWithoutACell() {
        CollectingSink sink =
                CollectingSink.readText("id,date_start,type_of_violence,country_id,best\n7,2020-03-01,3,482,4\n");

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.place().country()).isEqualTo("CAF");
            assertThat(e.place().coordinates()).isEmpty();
            assertThat(e.place().priogridGid()).isEmpty();
        });
    }

    @Test
    void anUnknownCodeFallsBackOnTheCountryNameAsUcdpWritesIt() {
        CollectingSink sink = CollectingSink.readText(HEADER + "\n"
                + "1,2017,2017-07-31,1,c,a,b,DR Congo (Zaire),9999,-1.5,29.2,,6,6,6\n"
                + "2,2017,2017-07-31,1,c,a,b,Kingdom of eSwatini (Swaziland),,-26.3,31.1,,1,1,1\n"
                + "3,2017,2017-07-31,1,c,a,b,Atlantis,9999,-1.5,29.2,,6,6,6\n");

        assertThat(sink.events).extracting(e -> e.place().country()).containsExactly("COD", "SWZ");
        assertThat(sink.rejections)
                .extracting(CollectingSink::said)
                .containsExactly("4: COUNTRY_UNKNOWN [country_id, 9999, Atlantis]");
    }

    private static CollectingSink read(byte[] file) {
        return read(file, Optional.empty());
    }

    private static CollectingSink read(byte[] file, Optional<EventSource> format) {
        CollectingSink sink = new CollectingSink();
        sink.summary =
                new EventFileReader(CollectingSink.CODES).read(new ByteArrayInputStream(file), format, "21.1", sink);
        return sink;
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
