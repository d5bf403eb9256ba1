package org.gsi.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TopoJsonTests {

    @Test
    void decodesQuantisedDeltaEncodedArcsIntoPolygons() {
        Map<String, Object> topology = Map.of(
                "type", "Topology",
                "transform", Map.of("scale", List.of(1.0, 2.0), "translate", List.of(10.0, 20.0)),
                "arcs", List.of(List.of(List.of(0, 0), List.of(1, 0), List.of(0, 1), List.of(-1, -1))),
                "objects",
                        Map.of(
                                "countries",
                                Map.of(
                                        "type",
                                        "GeometryCollection",
                                        "geometries",
                                        List.of(Map.of("type", "Polygon", "id", "398", "arcs", List.of(List.of(0)))))));
        Map<String, Object> fc = TopoJson.toFeatureCollection(topology, "countries");
        @SuppressWarnings("unchecked")
        Map<String, Object> feature = ((List<Map<String, Object>>) fc.get("features")).get(0);
        assertThat(feature.get("id")).isEqualTo("398");
        @SuppressWarnings("unchecked")
        List<List<double[]>> rings =
                (List<List<double[]>>) ((Map<String, Object>) feature.get("geometry")).get("coordinates");
        assertThat(rings.get(0))
                .extracting(p -> p[0] + "," + p[1])
                .containsExactly("10.0,20.0", "11.0,20.0", "11.0,22.0", "10.0,20.0");
    }

    @Test
    void aReversedArcIsWalkedBackwards() {
        Map<String, Object> topology = Map.of(
                "type", "Topology",
                "arcs", List.of(List.of(List.of(0, 0), List.of(5, 0), List.of(5, 5))),
                "objects",
                        Map.of(
                                "countries",
                                Map.of(
                                        "type",
                                        "GeometryCollection",
                                        "geometries",
                                        List.of(Map.of("type", "Polygon", "arcs", List.of(List.of(-1)))))));
        @SuppressWarnings("unchecked")
        var feature = ((List<Map<String, Object>>)
                        TopoJson.toFeatureCollection(topology, "countries").get("features"))
                .get(0);
        @SuppressWarnings("unchecked")
        List<List<double[]>> rings =
                (List<List<double[]>>) ((Map<String, Object>) feature.get("geometry")).get("coordinates");
        assertThat(rings.get(0).get(0)).containsExactly(5.0, 5.0);
        assertThat(rings.get(0).get(2)).containsExactly(0.0, 0.0);
    }

    @Test
    void theShippedWorldMapConvertsWithM49Ids() {
        byte[] geo = MapController.convert(JsonMapper.builder().build());
        var tree = JsonMapper.builder().build().readTree(geo);
        assertThat(tree.get("features").size()).isEqualTo(177);
        assertThat(tree.get("features")
                        .valueStream()
                        .map(f -> f.path("id").asString())
                        .toList())
                .contains("156", "398", "231", "076");
    }

    @Test
    void partialDatesOfSourcesBecomeTheFirstDayOfTheirPeriod() {
        assertThat(ReferenceDataLoader.effectiveFrom("2022")).hasToString("2022-01-01");
        assertThat(ReferenceDataLoader.effectiveFrom("2023-08")).hasToString("2023-08-01");
        assertThat(ReferenceDataLoader.effectiveFrom("2021-09-10")).hasToString("2021-09-10");
        assertThat(ReferenceDataLoader.effectiveFrom(" ")).isNull();
    }

    @Test
    void aRingThatCrossesTheAntimeridianStaysOnOneSideInsteadOfCirclingTheWorld() {
        var ring = TopoJson.unwrapLongitudes(List.of(
                new double[] {179.0, 65.0}, new double[] {-179.0, 66.0}, new double[] {-178.0, 64.0}, new double[] {
                    179.5, 64.0
                }));
        assertThat(ring).extracting(p -> p[0]).containsExactly(179.0, 181.0, 182.0, 179.5);
    }
}
