package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every number in the API's JSON is a plain decimal: each GET endpoint of the OpenAPI document is called with the
 * demo data (list endpoints as they are, record endpoints with an id or code found in the lists) and every number
 * token of every answer is checked for an exponent.
 */
@PlatformTest
class JsonNumbersTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void noNumberInAnyAnswerOfTheApiIsWrittenWithAnExponent() {
        Api api = new Api(port);
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        Map<String, String> found = new LinkedHashMap<>();
        List<String> templated = new ArrayList<>();
        Map<String, String> numbers = new LinkedHashMap<>();
        int answered = 0;
        for (var entry : paths.properties()) {
            String path = entry.getKey();
            if (!entry.getValue().has("get") || streams(entry.getValue().get("get"))) {
                continue;
            }
            if (path.contains("{")) {
                templated.add(path);
                continue;
            }
            answered += check(api, path, found, numbers);
        }
        for (String path : templated) {
            String prefix = path.substring(0, path.indexOf("/{"));
            String id = found.get(prefix);
            if (id != null && path.indexOf('{') == path.lastIndexOf('{')) {
                answered += check(api, path.replaceFirst("\\{[^}]+}", id), found, numbers);
            }
        }
        assertThat(answered).as("JSON answers read").isGreaterThan(40);
        assertThat(numbers).as("numbers seen").isNotEmpty();
        assertThat(numbers.entrySet().stream()
                        .filter(e -> e.getValue().matches(".*[eE].*"))
                        .toList())
                .as("numbers written with an exponent")
                .isEmpty();
    }

    /** Whether an operation answers with a stream of events (it stays open: nothing to read to the end). */
    private static boolean streams(JsonNode operation) {
        return operation.toString().contains("text/event-stream");
    }

    /** Reads one answer as the secretariat; notes its first id or code and every number token. */
    private static int check(Api api, String path, Map<String, String> found, Map<String, String> numbers) {
        Api.Response r = api.get(path, "secretariat");
        String type = r.header("Content-Type");
        if (r.status() != 200 || type == null || !type.contains("json")) {
            return 0;
        }
        try (JsonParser parser = JSON.createParser(r.body())) {
            String field = "";
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME) {
                    field = parser.currentName();
                } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    numbers.put(path + " " + field + " #" + numbers.size(), parser.getString());
                } else if (token == JsonToken.VALUE_STRING
                        && (field.equals("id") || field.equals("code"))
                        && !found.containsKey(path)) {
                    found.put(path, parser.getString());
                }
            }
        }
        return 1;
    }
}
