package org.gsi.screening;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;

/** Multipart uploads of list files and batches against the running platform. */
public final class Uploads {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Api api;
    private final int port;

    public Uploads(Api api, int port) {
        this.api = api;
        this.port = port;
    }

    public Api.Response post(String path, String user, String filename, byte[] content, Map<String, String> fields)
            throws Exception {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            b.header("Authorization", "Bearer " + api.token(user));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Response(r.statusCode(), r.body(), r.headers());
    }

    /** The UN list sample shipped with the platform, with edits (regular expression → replacement) to its text. */
    public static byte[] sample(Map<String, String> replacements) throws Exception {
        String xml;
        try (var in = Uploads.class.getResourceAsStream("/screening/demo/un_sc_consolidated_2018_sample.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (var r : replacements.entrySet()) {
            var m = java.util.regex.Pattern.compile(r.getKey(), java.util.regex.Pattern.DOTALL)
                    .matcher(xml);
            if (!m.find()) {
                throw new IllegalArgumentException("not in the sample: " + r.getKey());
            }
            xml = m.replaceFirst(java.util.regex.Matcher.quoteReplacement(r.getValue()));
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
