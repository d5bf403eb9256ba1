package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.junit.jupiter.api.Test;

class FormatDetectionTests {

    @Test
    void fileOfAnotherKindIsRefusedNamingEveryExpectedLayout() {
        assertThatThrownBy(() -> CollectingSink.readText("name,budget,currency\nWater project,100,USD\n"))
                .isInstanceOf(UnrecognisedFormatException.class)
                .hasMessageContaining("begins 'name,budget,currency'")
                .hasMessageContaining("ucdp-ged = UCDP GED CSV")
                .hasMessageContaining("acled = ACLED export CSV")
                .hasMessageContaining("gdelt1 = GDELT 1.0 daily export (57 or 58")
                .hasMessageContaining("gdelt2 = GDELT 2.0 15-minute export (61")
                .hasMessageContaining("incidents = incident report CSV");
    }

    @Test
    void givenFormatSkipsDetection() {
        CollectingSink sink = CollectingSink.read("ged-candidate-headerless.csv", Optional.of(EventSource.UCDP_GED));

        assertThat(sink.events).hasSize(3);
    }

    @Test
    void eachShippedLayoutIsRecognised() {
        assertThat(CollectingSink.read("ged-older-41-columns.csv").summary.source())
                .isEqualTo(EventSource.UCDP_GED);
        assertThat(CollectingSink.read("acled-legacy-2021.csv").summary.source())
                .isEqualTo(EventSource.ACLED);
        assertThat(CollectingSink.read("gdelt1-mixed-50.tsv").summary.source()).isEqualTo(EventSource.GDELT1);
        assertThat(CollectingSink.read("incident-reports.csv").summary.source()).isEqualTo(EventSource.INCIDENTS);
    }

    @Test
    void incidentReportsAreReadTheUnplaceableOneRejectedAndAnUnknownCategoryKeptUnclassified() {
        CollectingSink sink = CollectingSink.read("incident-reports.csv");

        assertThat(sink.events)
                .extracting(Event::category)
                .containsExactly(
                        EventCategory.PIRACY_ARMED_ROBBERY_AT_SEA,
                        EventCategory.CYBER_INCIDENT,
                        EventCategory.DISEASE_OUTBREAK,
                        EventCategory.UNCLASSIFIED);
        assertThat(sink.events.get(1).place().coordinates()).isEmpty();
        assertThat(sink.events.get(1).fatalities()).isEmpty();
        assertThat(sink.rejections).extracting(CollectingSink::said).containsExactly("5: ALPHA3_UNKNOWN [XXX]");
        assertThat(sink.warnings)
                .extracting(w -> w.line() + " " + w.field() + " " + w.kind() + " " + w.arguments())
                .containsExactly("6 category CATEGORY_UNKNOWN [smuggling]");
    }

    @Test
    void reimportingTheSameFileGivesTheSameHashesAndAChangedRowAnotherHash() {
        String header = "report_id,category,occurred_on,country,fatalities\n";
        Event first = CollectingSink.readText(header + "R1,piracy,2024-01-02,SOM,0\n")
                .events
                .get(0);
        Event again = CollectingSink.readText(header + "R1,piracy,2024-01-02,SOM,0\n")
                .events
                .get(0);
        Event changed = CollectingSink.readText(header + "R1,piracy,2024-01-02,SOM,1\n")
                .events
                .get(0);

        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(changed.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(changed.sourceId()).isEqualTo(first.sourceId());
    }
}
