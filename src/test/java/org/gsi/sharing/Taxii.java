package org.gsi.sharing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gsi.Api;
import tools.jackson.databind.JsonNode;

/**
 * A TAXII 2.1 client for tests, calling the server the way the OASIS reference client does: {@code Accept} and
 * {@code Content-Type} of {@code application/taxii+json;version=2.1}, HTTP Basic or a bearer token, no session.
 */
final class Taxii {

    static final String MEDIA = "application/taxii+json;version=2.1";
    static final String ROOT = "/taxii2/gsi/";

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return Api.json().readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final Api api;

    Taxii(int port) {
        this.base = "http://localhost:" + port;
        this.api = new Api(port);
    }

    Api api() {
        return api;
    }

    /** As a demo user with a bearer token; {@code null} for an anonymous caller. */
    Response get(String path, String user) {
        return send("GET", path, auth(user), null, Map.of("Accept", MEDIA));
    }

    Response post(String path, String user, String body) {
        return send("POST", path, auth(user), body, Map.of("Accept", MEDIA, "Content-Type", MEDIA));
    }

    Response delete(String path, String user) {
        return send("DELETE", path, auth(user), null, Map.of("Accept", MEDIA));
    }

    String auth(String user) {
        return user == null ? null : "Bearer " + api.token(user);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Response send(String method, String path, String authorization, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (authorization != null) {
            all.put("Authorization", authorization);
        }
        all.forEach(b::header);
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
