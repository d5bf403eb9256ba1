package org.gsi.cooperation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in which project texts can be written. */
public enum Language {
    AR,
    ZH,
    EN,
    FR,
    RU,
    ES;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a BCP 47 tag such as {@code fr} or {@code zh-Hans}, if it is one of the six. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.split("[-_]")[0].toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.name().equals(primary)).findFirst();
    }
}
