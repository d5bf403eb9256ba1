package org.gsi.earlywarning.internal.ingest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import tools.jackson.databind.JsonNode;

/** Multipart uploads of event files and polling of their import jobs, against the running platform. */
public final class Uploads {

    private final Api api;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public Uploads(Api api, int port) {
        this.api = api;
        this.port = port;
    }

    Api.Response upload(String user, String fileName, byte[] content, String format) {
        return uploadWith(user, fileName, content, format == null ? Map.of() : Map.of("format", format));
    }

    /** Uploads with form fields besides the file ({@code format}, {@code replacePeriod}). */
    Api.Response uploadWith(String user, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----ew" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/events/imports"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            b.header("Authorization", "Bearer " + api.token(user));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(r.statusCode(), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads and waits until the job is done or failed; returns the final job. */
    public JsonNode importFile(String user, String fileName, byte[] content) {
        return importWith(user, fileName, content, Map.of());
    }

    /** Uploads with form fields and waits until the job is done or failed; returns the final job. */
    public JsonNode importWith(String user, String fileName, byte[] content, Map<String, String> fields) {
        Api.Response submitted = uploadWith(user, fileName, content, fields);
        if (submitted.status() != 202) {
            throw new IllegalStateException("upload refused: " + submitted.status() + " " + submitted.body());
        }
        return await(submitted.json().get("id").asString(), user);
    }

    JsonNode await(String id, String user) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = api.get("/api/v1/events/imports/" + id, user).json();
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("import " + id + " did not finish in time");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
