package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the OpenAPI document and walks every operation with values that break naive code: a NUL character,
 * {@code 1e300}, {@code 2^63}, {@code 2147483647}, {@code [null]} and values of the wrong type, in every path
 * parameter, every query parameter and every property of the JSON body built from the operation's schema; as a
 * secretariat administrator and anonymously. No answer may be a 5xx, and every 4xx is problem+json. Runs in a
 * context of its own, so what the walk happens to create touches no other test.
 */
@PlatformTest
@TestPropertySource(properties = "gsi.test.context=openapi-walk")
class OpenApiBadValueWalkTests {

    static final List<String> PARAMETER_VALUES =
            List.of("a\u0000b", "1e300", "9223372036854775808", "2147483647", "-1", "[null]", "{\"x\":1}", "");

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    Api api;
    JsonNode docs;
    int requests;
    int badRequests;
    int unnamed;
    final List<String> failures = new ArrayList<>();

    @Test
    void noOperationAnswersABadValueWithA5xxAndEvery4xxIsAProblem() {
        api = new Api(port);
        // the walk runs as a signed-in user: a 401 would let every operation's refusal pass unseen
        assertThat(api.get("/api/v1/auth/me", "secretariat").status()).isEqualTo(200);
        docs = api.get("/v3/api-docs").json();
        int operations = 0;
        for (var path : docs.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                walk(method, path.getKey(), op.getValue());
            }
        }
        System.out.printf(
                "OpenAPI walk: %d operations, %d requests, %d failures; %d answers 400, %d of them without a field%n",
                operations, requests, failures.size(), badRequests, unnamed);
        assertThat(operations).isGreaterThan(100);
        assertThat(failures).as("%d of %d requests", failures.size(), requests).isEmpty();
    }

    private void walk(String method, String template, JsonNode op) {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        JsonNode schema = bodySchema(op);
        Map<String, String> good = new LinkedHashMap<>();
        for (JsonNode p : params) {
            good.put(p.get("name").asString(), sample(p.path("schema")));
        }
        for (String user : Arrays.asList("secretariat", null)) {
            // each parameter in turn gets each bad value, the others their plausible value
            for (JsonNode p : params) {
                String in = p.path("in").asString();
                if (!in.equals("path") && !in.equals("query")) {
                    continue;
                }
                for (String bad : PARAMETER_VALUES) {
                    Map<String, String> values = new LinkedHashMap<>(good);
                    values.put(p.get("name").asString(), bad);
                    send(
                            method,
                            template,
                            params,
                            values,
                            schema == null ? null : body(schema).toString(),
                            user);
                }
            }
            // each property of the body in turn gets each bad value; then the whole body
            if (schema != null) {
                ObjectNode base = body(schema) instanceof ObjectNode o ? o : null;
                if (base != null) {
                    for (String property : base.propertyNames()) {
                        for (JsonNode bad : badValues()) {
                            ObjectNode mutated = base.deepCopy();
                            mutated.set(property, bad);
                            send(method, template, params, good, mutated.toString(), user);
                        }
                    }
                }
                for (String whole : List.of("[null]", "1e300", "{}", "\"\\u0000\"", "{\"a\":")) {
                    send(method, template, params, good, whole, user);
                }
            }
            if (params.isEmpty() && schema == null) {
                send(method, template, params, good, null, user);
            }
        }
    }

    static List<JsonNode> badValues() {
        ArrayNode nullList = NODES.arrayNode().addNull();
        return List.of(
                NODES.stringNode("a\u0000b"),
                NODES.numberNode(new java.math.BigDecimal("1e300")),
                NODES.numberNode(new java.math.BigInteger("9223372036854775808")),
                NODES.numberNode(2147483647),
                nullList,
                NODES.objectNode().put("wrong", "type"),
                NODES.stringNode("not-a-number-or-date"),
                NODES.nullNode());
    }

    private void send(
            String method,
            String template,
            List<JsonNode> params,
            Map<String, String> values,
            String body,
            String user) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : params) {
            String name = p.get("name").asString();
            String value = values.get(name);
            if (p.path("in").asString().equals("path")) {
                path = path.replace(
                        "{" + name + "}",
                        URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            } else if (p.path("in").asString().equals("query")) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        String uri = path + query;
        Map<String, String> headers = new LinkedHashMap<>();
        if (method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) {
            headers.put("If-Match", "\"0\"");
        }
        Api.Response r;
        requests++;
        progress(requests + " " + method + " " + uri + " as " + user);
        try {
            r = api.send(method, uri, user, body, headers);
        } catch (RuntimeException e) {
            failures.add(method + " " + uri + " as " + user + ": no answer, " + e);
            return;
        }
        String type = r.header("Content-Type");
        if (r.status() >= 500) {
            failures.add(method + " " + uri + " as " + user + " body " + cut(body) + " -> " + r.status() + " "
                    + cut(r.body()));
        } else if (r.status() >= 400 && (type == null || !type.startsWith(errorType(uri)))) {
            failures.add(method + " " + uri + " as " + user + " -> " + r.status() + " " + type + " " + cut(r.body()));
        } else if (r.status() == 400) {
            badRequests++;
            if (!r.body().contains("\"field\"")) {
                unnamed++;
            }
        }
    }

    /** The API answers errors as problem details; the TAXII server as TAXII error messages, as its clients expect. */
    private static String errorType(String uri) {
        return uri.equals("/taxii2") || uri.startsWith("/taxii2/")
                ? "application/taxii+json"
                : "application/problem+json";
    }

    private static void progress(String line) {
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target/openapi-walk.log"),
                    java.time.Instant.now() + " " + line.replace("\u0000", "\\0") + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replace("\u0000", "\\0");
        return clean.length() > 300 ? clean.substring(0, 300) : clean;
    }

    private JsonNode bodySchema(JsonNode op) {
        JsonNode content = op.path("requestBody").path("content");
        JsonNode json = content.path("application/json").path("schema");
        return json.isMissingNode() ? null : resolve(json);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    /** A plausible value of a schema: what a careful client would send. */
    private JsonNode body(JsonNode schema) {
        return value(resolve(schema), 0);
    }

    private JsonNode value(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asString("");
        String format = s.path("format").asString("");
        return switch (type) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(value(s.path("items"), depth + 1));
            case "object", "" -> {
                ObjectNode o = NODES.objectNode();
                if (depth <= 3) {
                    for (var p : s.path("properties").properties()) {
                        o.set(p.getKey(), value(p.getValue(), depth + 1));
                    }
                }
                yield o;
            }
            default ->
                NODES.stringNode(
                        switch (format) {
                            case "date" -> "2030-01-01";
                            case "date-time" -> "2030-01-01T00:00:00Z";
                            case "uuid" -> UUID.randomUUID().toString();
                            default -> "walk";
                        });
        };
    }

    private String sample(JsonNode schema) {
        JsonNode v = value(schema, 3);
        return v.isString() ? v.asString() : v.toString();
    }
}
