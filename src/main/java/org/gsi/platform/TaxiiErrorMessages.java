package org.gsi.platform;

/**
 * The error message of the TAXII 2.1 server's paths, for the answers the platform writes itself before or after the
 * sharing module's handlers (a request the server refuses unread, a request no handler took): TAXII clients read this
 * form, not problem details.
 */
final class TaxiiErrorMessages {

    static final String MEDIA_TYPE = "application/taxii+json;version=2.1";

    private TaxiiErrorMessages() {}

    /** Whether a request path (without context path) is one of the TAXII server's. */
    static boolean covers(String path) {
        return path != null && (path.equals("/taxii2") || path.startsWith("/taxii2/"));
    }

    /**
     * The message's JSON; {@code title} and {@code description} are the platform's own words in the reader's language
     * (free text in TAXII 2.1), never user input; {@code http_status} is the code.
     */
    static String body(int status, String title, String description) {
        return "{\"title\":\"" + json(title) + "\",\"description\":\"" + json(description) + "\",\"http_status\":\""
                + status + "\"}";
    }

    private static String json(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
