package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document says of every change that takes If-Match that it is required, and what 412 and 428 mean. */
@PlatformTest
class IfMatchContractTests {

    @LocalServerPort
    int port;

    @Test
    void everyChangeOfAVersionedRecordDocumentsIfMatchAsRequiredWithItsTwoRefusals() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        Map<String, JsonNode> takingIfMatch = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode parameters = op.getValue().get("parameters");
                if (parameters == null) {
                    continue;
                }
                for (JsonNode p : parameters) {
                    if (p.get("in").asString().equals("header")
                            && p.get("name").asString().equalsIgnoreCase("If-Match")) {
                        takingIfMatch.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                        assertThat(p.get("required").asBoolean())
                                .as(op.getKey() + " " + path.getKey())
                                .isTrue();
                    }
                }
            }
        }
        List<String> undocumented = new ArrayList<>();
        takingIfMatch.forEach((op, doc) -> {
            if (!doc.get("responses").has("412") || !doc.get("responses").has("428")) {
                undocumented.add(op);
            }
        });
        assertThat(undocumented)
                .as("operations without 412 or 428 in their responses")
                .isEmpty();
        assertThat(takingIfMatch.keySet())
                .contains(
                        "PUT /api/v1/projects/{id}",
                        "POST /api/v1/projects/{id}/transitions",
                        "DELETE /api/v1/concerns/{id}",
                        "POST /api/v1/dialogues/{id}/sessions",
                        "POST /api/v1/dialogues/{id}/mediators/current/acceptance",
                        "PUT /api/v1/dialogues/{id}/sessions/{session}/minutes",
                        "POST /api/v1/texts/{id}/paragraphs",
                        "POST /api/v1/texts/{id}/adoption",
                        "PUT /api/v1/situations/{id}",
                        "PUT /api/v1/alerts/rules/{id}",
                        "DELETE /api/v1/alerts/rules/{id}",
                        "PUT /api/v1/commitments/{id}",
                        "POST /api/v1/training/courses/{id}/allocation",
                        "PUT /api/v1/meetings/{id}",
                        "PUT /api/v1/parties/{code}",
                        "PUT /api/v1/contacts/{id}",
                        "PUT /api/v1/users/{username}");
    }
}
