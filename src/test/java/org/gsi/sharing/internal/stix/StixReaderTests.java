package org.gsi.sharing.internal.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gsi.sharing.internal.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class StixReaderTests {

    static final StixSchemas SCHEMAS = new StixSchemas();
    final BundleReader bundles = new BundleReader(JsonMapper.builder().build());
    final StixReader reader = new StixReader(SCHEMAS);

    static byte[] resource(String name) throws IOException {
        try (InputStream in = StixReaderTests.class.getResourceAsStream("/sharing/" + name)) {
            return in.readAllBytes();
        }
    }

    static final String INDICATOR = """
            {"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "created":"2024-01-01T00:00:00.000Z","modified":"%s","pattern_type":"stix",
             "pattern":"[ipv4-addr:value = '198.51.100.1']","valid_from":"2024-01-01T00:00:00Z"%s}""";

    static String indicator(String modified, String extra) {
        return INDICATOR.formatted(modified, extra);
    }

    List<StixReader.Read> readAll(String bundle) {
        return bundles.read(bundle.getBytes(StandardCharsets.UTF_8)).stream()
                .map(reader::read)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "indicator-for-c2-ip-address.json",
                "indicator-to-campaign-relationship.json",
                "infrastructure.json",
                "malicious-email-indicator-with-attachment.json"
            })
    void everyObjectOfTheOasisExamplesIsAccepted(String file) throws IOException {
        var elements = bundles.read(resource(file));
        assertThat(elements).isNotEmpty();
        for (var e : elements) {
            var read = reader.read(e);
            assertThat(read.rejection()).as(read.id()).isEmpty();
            assertThat(read.object().orElseThrow().raw()).isEqualTo(e.raw());
        }
    }

    @Test
    void aSingleObjectFileWrappedInABundleIsReadAndItsMarkingsListed() throws IOException {
        String campaign = new String(resource("interop-objectmarking-test.json"), StandardCharsets.UTF_8);
        var read = readAll("{\"objects\":[" + campaign + "]}").get(0);
        assertThat(read.object().orElseThrow().markingRefs())
                .containsExactly(
                        "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
                        "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec");
    }

    @Test
    void keepsEachObjectExactlyAsItWasWritten() {
        String odd =
                "{ \"type\" : \"indicator\",\n  \"spec_version\":\"2.1\", \"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
                        + "\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\","
                        + "\"pattern_type\":\"stix\",\"pattern\":\"[ipv4-addr:value = '198.51.100.1']\",\"valid_from\":\"2024-01-01T00:00:00Z\","
                        + "\"confidence\": 85.0e0 }";
        var reads = readAll("{\"type\":\"bundle\",\"objects\":[ " + odd + " ]}");
        // 85.0e0 is kept as written (JSON Schema counts it as the integer 85)
        assertThat(reads.get(0).object().orElseThrow().raw()).isEqualTo(odd);
        var tooSure = readAll("{\"objects\":[" + odd.replace("85.0e0", "101") + "]}");
        assertThat(tooSure.get(0).rejection().orElseThrow().args().get(1)).contains("confidence");
    }

    @Test
    void eachRuleTheSchemasCannotExpressRejectsTheObjectWithItsReason() {
        assertThat(reason(indicator("2023-12-31T00:00:00.000Z", ""))).isEqualTo("sharing.reject.order");
        assertThat(reason(indicator("2024-02-30T00:00:00.000Z", ""))).isEqualTo("sharing.reject.timestamp");
        assertThat(reason(indicator(
                        "2024-01-02T00:00:00.000Z",
                        ",\"created_by_ref\":\"location--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"")))
                .isEqualTo("sharing.reject.referenceType");
        assertThat(reason(indicator("2024-01-02T00:00:00.000Z", ",\"valid_until\":\"2023-01-01T00:00:00Z\"")))
                .isEqualTo("sharing.reject.order");
        assertThat(reason(indicator("2024-01-02T00:00:00.000Z", "")
                        .replace("\"id\":\"indicator--", "\"id\":\"malware--")))
                .isEqualTo("sharing.reject.schema");
        assertThat(
                        reason(
                                "{\"type\":\"x-custom\",\"spec_version\":\"2.1\",\"id\":\"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
                                        + "\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\"}"))
                .isEqualTo("sharing.reject.idPrefix");
        assertThat(reason(indicator("2024-01-02T00:00:00.000Z", "").replace("\"2.1\"", "\"2.0\"")))
                .isEqualTo("sharing.reject.specVersion");
        assertThat(reason(indicator("2024-01-02T00:00:00.000Z", ",\"x_note\":\"a\",\"x_note\":\"b\"")))
                .isEqualTo("sharing.reject.notJson");
        assertThat(reason(indicator("2024-01-02T00:00:00.000Z", ",\"x_sample_ref\":\"not an id\"")))
                .isEqualTo("sharing.reject.reference");
        assertThat(reason("[1,2]")).isEqualTo("sharing.reject.notObject");
        assertThat(reason(indicator("2024-01-02T00:00:00.000Z", ""))).isNull();
    }

    @Test
    void aBundleThatIsNotJsonOrNotStix21IsRefusedWhole() {
        assertThatThrownBy(() -> bundles.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BundleReader.UnreadableBundleException.class)
                .hasFieldOrPropertyWithValue("key", "sharing.bundle.notJson");
        assertThatThrownBy(() -> bundles.read("[]".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("key", "sharing.bundle.notObject");
        assertThatThrownBy(() -> bundles.read("{\"type\":\"bundle\"}".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("key", "sharing.bundle.noObjects");
        assertThatThrownBy(() -> bundles.read("{\"type\":\"bundle\",\"spec_version\":\"2.0\",\"objects\":[]}"
                        .getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("key", "sharing.bundle.stix20");
        assertThatThrownBy(() -> bundles.read("{\"objects\":[{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("key", "sharing.bundle.notJson");
    }

    @Test
    void timestampsAreReadToTheMicrosecondOnRealDates() {
        assertThat(StixTimestamps.parse("2016-04-06T20:03:48.123456789Z")
                        .orElseThrow()
                        .toString())
                .isEqualTo("2016-04-06T20:03:48.123456Z");
        assertThat(StixTimestamps.parse("2016-04-06T20:03:48Z")).isPresent();
        assertThat(StixTimestamps.parse("2016-04-31T20:03:48Z")).isEmpty();
        assertThat(StixTimestamps.parse("2016-04-06 20:03:48Z")).isEmpty();
        assertThat(StixTimestamps.parse("2016-04-06T20:03:48+01:00")).isEmpty();
    }

    private String reason(String object) {
        var read = readAll("{\"type\":\"bundle\",\"objects\":[" + object + "]}").get(0);
        return read.rejection().map(Reason::key).orElse(null);
    }
}
