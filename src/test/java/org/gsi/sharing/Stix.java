package org.gsi.sharing;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** STIX 2.1 objects for tests, written out as JSON text. */
final class Stix {

    static final String CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    static final String GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    static final String AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    static final String AMBER_STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
    static final String RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    private Stix() {}

    static String id(String type) {
        return type + "--" + UUID.randomUUID();
    }

    /** An indicator version; {@code marking} may be null for an unmarked object. */
    static String indicator(String id, String modified, String marking) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\","
                + "\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"" + modified + "\","
                + "\"name\":\"Test indicator " + id.substring(11, 19) + "\",\"pattern_type\":\"stix\","
                + "\"pattern\":\"[ipv4-addr:value = '203.0.113.7']\",\"valid_from\":\"2024-01-01T00:00:00Z\""
                + (marking == null ? "" : ",\"object_marking_refs\":[\"" + marking + "\"]") + "}";
    }

    static String malware(String id, String marking) {
        return "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\","
                + "\"created\":\"2024-02-01T00:00:00.000Z\",\"modified\":\"2024-02-01T00:00:00.000Z\","
                + "\"name\":\"Test malware\",\"is_family\":false"
                + (marking == null ? "" : ",\"object_marking_refs\":[\"" + marking + "\"]") + "}";
    }

    static String relationship(String id, String type, String source, String target, String marking) {
        return "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\","
                + "\"created\":\"2024-03-01T00:00:00.000Z\",\"modified\":\"2024-03-01T00:00:00.000Z\","
                + "\"relationship_type\":\"" + type + "\",\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target
                + "\"" + (marking == null ? "" : ",\"object_marking_refs\":[\"" + marking + "\"]") + "}";
    }

    static String envelope(List<String> objects) {
        return "{\"objects\":[" + String.join(",", objects) + "]}";
    }

    static String bundle(List<String> objects) {
        return "{\"type\":\"bundle\",\"id\":\"" + id("bundle") + "\",\"objects\":["
                + objects.stream().collect(Collectors.joining(",")) + "]}";
    }
}
