package org.gsi.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses typed by users (meeting links and the like): only absolute {@code http} and {@code https}
 * addresses with a host are kept, so a {@code javascript:}, {@code data:} or {@code vbscript:} address can never be
 * put behind a link that another party clicks.
 */
public final class WebAddresses {

    private WebAddresses() {}

    /** The address, stripped, or empty when none was given; refuses anything but an http(s) address. */
    public static Optional<String> check(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() > 2000 || v.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new InvalidInputException(field, Message.of("form.refused.webAddressSpaces"));
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(v);
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidInputException(field, Message.of("form.refused.webAddress"));
    }
}
