package org.gsi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests against the running platform: real requests, real security, real JSON.
 * Tokens of the demo accounts are fetched once and reused.
 */
public final class Api {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A bearer token for a demo account (password "demo"), or for a user registered with {@link #login}. */
    public String token(String username) {
        return login(username, "demo");
    }

    /** Logs a user in once and keeps the token for later requests as that user. */
    public String login(String username, String password) {
        // kept per platform: each test context has a database of its own, where another's token is unknown
        return TOKENS.computeIfAbsent(base + " " + username, key -> {
            String u = username;
            Response r = send(
                    "POST",
                    "/api/v1/auth/tokens",
                    null,
                    "{\"username\":\"" + u + "\",\"password\":\"" + password + "\"}",
                    Map.of());
            if (r.status() != 201) {
                throw new IllegalStateException("No token for " + u + ": " + r.status() + " " + r.body());
            }
            return r.json().get("token").asString();
        });
    }

    public Response get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Response get(String path, String user) {
        return send("GET", path, user, null, Map.of());
    }

    public Response post(String path, String user, String json) {
        return send("POST", path, user, json, Map.of());
    }

    public Response put(String path, String user, String json, String ifMatch) {
        return send("PUT", path, user, json, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Response delete(String path, String user) {
        return send("DELETE", path, user, null, Map.of());
    }

    /**
     * Sends a change the way a client does that has just read the record at {@code recordPath}: with the ETag it
     * read as {@code If-Match}.
     */
    public Response change(String method, String path, String user, String json, String recordPath) {
        String etag = get(recordPath, user).header("ETag");
        return send(method, path, user, json, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    public Response send(String method, String path, String user, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                // the OpenAPI document is computed on its first request: seconds on a quiet machine, more on a busy one
                .timeout(Duration.ofSeconds(path.startsWith("/v3/api-docs") ? 180 : 30));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        headers.forEach(b::header);
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts one file as the multipart field {@code file}, with extra form fields. */
    public Response upload(String path, String user, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "b" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonMapper json() {
        return JSON;
    }
}
