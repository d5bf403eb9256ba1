package org.gsi.sharing.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why something was refused or rejected, as a message key of {@code messages/sharing} and its arguments: stored so,
 * and put into the reader's language when shown. {@link #english()} is the wording machine clients (TAXII, the API)
 * get.
 */
public record Reason(String key, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public String english() {
        try {
            String pattern =
                    ResourceBundle.getBundle("messages/sharing", Locale.ROOT).getString(key);
            return new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }
}
