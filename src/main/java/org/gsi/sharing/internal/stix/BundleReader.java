package org.gsi.sharing.internal.stix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits a STIX bundle or a TAXII envelope into its objects, each kept as the exact text that was sent. The body must
 * be one JSON object with an {@code objects} array; a bundle that declares {@code spec_version} 2.0 is STIX 2.0 and
 * refused whole. Anything else in an element is left to the per-object checks, so one bad object never costs the
 * others.
 */
public final class BundleReader {

    /** The body cannot be read as a bundle at all; {@code key} names why in {@code messages/sharing}. */
    public static final class UnreadableBundleException extends RuntimeException {
        private final String key;

        public UnreadableBundleException(String key, String detail) {
            super(detail);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** One element of the {@code objects} array: its position and its text exactly as sent. */
    public record Element(int index, String raw) {}

    private final JsonMapper json;

    public BundleReader(JsonMapper json) {
        this.json = json;
    }

    public List<Element> read(byte[] body) {
        List<Element> elements = null;
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableBundleException("sharing.bundle.notObject", "The body is not a JSON object.");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("objects")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new UnreadableBundleException(
                                "sharing.bundle.noObjects", "'objects' is not an array of STIX objects.");
                    }
                    elements = elements(p, body);
                } else if (name.equals("spec_version")
                        && value == JsonToken.VALUE_STRING
                        && p.getString().equals("2.0")) {
                    throw new UnreadableBundleException(
                            "sharing.bundle.stix20", "This is a STIX 2.0 bundle; only STIX 2.1 is accepted.");
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new UnreadableBundleException("sharing.bundle.notJson", "The body is not one JSON object.");
            }
        } catch (JacksonException e) {
            throw new UnreadableBundleException(
                    "sharing.bundle.notJson", "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (elements == null) {
            throw new UnreadableBundleException(
                    "sharing.bundle.noObjects", "The body has no 'objects' array of STIX objects.");
        }
        return elements;
    }

    private static List<Element> elements(JsonParser p, byte[] body) {
        List<Element> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new UnreadableBundleException("sharing.bundle.notJson", "The 'objects' array is not closed.");
            }
            int start = (int) p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getByteOffset();
            out.add(new Element(out.size(), new String(body, start, end - start, StandardCharsets.UTF_8)));
        }
        return out;
    }
}
