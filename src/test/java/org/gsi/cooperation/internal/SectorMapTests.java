package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectorMapTests {

    final SectorMappings.SectorMap map = new SectorMappings.SectorMap(Map.of(
            "152", Optional.of(PriorityArea.of("III.1")),
            "15250", Optional.of(PriorityArea.of("III.4")),
            "15261", Optional.empty()));

    @Test
    void aPurposeCodeMapsThroughItsOwnRowOrElseItsCategory() {
        assertThat(map.areaOf("1", "15250")).contains(PriorityArea.of("III.4"));
        assertThat(map.areaOf("1", "15220")).contains(PriorityArea.of("III.1"));
        assertThat(map.areaOf("2", "152")).contains(PriorityArea.of("III.1"));
    }

    @Test
    void aRowWithoutAreaAndCodesOfOtherVocabulariesMapToNone() {
        assertThat(map.areaOf("1", "15261")).isEmpty();
        assertThat(map.areaOf("1", "11110")).isEmpty();
        assertThat(map.areaOf("10", "152")).isEmpty();
        assertThat(map.areaOf("1", "1525")).isEmpty();
    }
}
