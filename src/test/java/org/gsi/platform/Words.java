package org.gsi.platform;

import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The platform's bundles without the platform: a stored message put into words in a language, for plain tests. */
public final class Words {

    private static final MessageSource MESSAGES = new MessagesConfiguration().messageSource();

    private Words() {}

    public static String in(Locale locale, Message message) {
        return ReaderFormats.of(MESSAGES, locale, ZoneOffset.UTC).text(message);
    }

    public static String english(Message message) {
        return in(Locale.ENGLISH, message);
    }
}
