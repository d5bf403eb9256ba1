package org.gsi.cooperation.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.Language;
import org.gsi.platform.Message;

/** A text written in one or more of the six languages; blank entries are not kept. */
public record LocalizedText(Map<Language, String> values) {

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        values.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text.strip());
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText empty() {
        return new LocalizedText(Map.of());
    }

    public static LocalizedText of(Language language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public LocalizedText with(Language language, String text) {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(values);
        copy.put(language, text);
        return new LocalizedText(copy);
    }

    public Optional<String> in(Language language) {
        return Optional.ofNullable(values.get(language));
    }

    /** The text in the wanted language, else in English, else in the first language it has. */
    public Optional<String> preferring(Language language) {
        return in(language)
                .or(() -> in(Language.EN))
                .or(() -> values.values().stream().findFirst());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    LocalizedText requireNotEmpty(String field) {
        if (isEmpty()) {
            throw new InvalidFieldException(field, Message.of("cooperation.refused.textLanguages"));
        }
        return this;
    }
}
