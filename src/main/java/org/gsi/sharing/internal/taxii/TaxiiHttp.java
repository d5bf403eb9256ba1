package org.gsi.sharing.internal.taxii;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TAXII 2.1 media types, {@code Accept} and {@code Content-Type} negotiation, and the error message resource.
 * Every response carries {@code Content-Type: application/taxii+json;version=2.1} exactly as the reference client
 * compares it.
 */
final class TaxiiHttp {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final String STIX = "application/stix+json;version=2.1";
    static final String ROOT = "/taxii2/gsi/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TaxiiHttp() {}

    static ResponseEntity<String> ok(String body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, TAXII).body(body);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Whether an {@code Accept} header admits TAXII 2.1 (no header, a wildcard, or the type with version 2.1). */
    static boolean acceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            String version = null;
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("version")) {
                    version = kv[1].trim().replace("\"", "");
                }
                if (kv.length == 2
                        && kv[0].trim().equalsIgnoreCase("q")
                        && kv[1].trim().matches("0(\\.0*)?")) {
                    refused = true;
                }
            }
            if (refused) {
                continue;
            }
            if (type.equals("*/*") || type.equals("application/*")) {
                return true;
            }
            if (type.equals("application/taxii+json") && (version == null || version.equals("2.1"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a request body's {@code Content-Type} is TAXII 2.1 JSON (or plain JSON). */
    static boolean readableBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("application/json")) {
            return true;
        }
        if (!type.equals("application/taxii+json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if (kv.length == 2
                    && kv[0].trim().equalsIgnoreCase("version")
                    && !kv[1].trim().replace("\"", "").equals("2.1")) {
                return false;
            }
        }
        return true;
    }

    static String errorBody(HttpStatus status, String title, String description) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("title", title);
        e.put("description", description);
        e.put("http_status", String.valueOf(status.value()));
        return json(e);
    }

    static ResponseEntity<String> error(HttpStatus status, String title, String description) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, TAXII);
        if (status == HttpStatus.UNAUTHORIZED) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"GSI TAXII\"");
        }
        return b.body(errorBody(status, title, description));
    }

    static void write(HttpServletResponse response, HttpStatus status, String title, String description)
            throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_TYPE, TAXII);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"GSI TAXII\"");
        }
        byte[] body = errorBody(status, title, description).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
