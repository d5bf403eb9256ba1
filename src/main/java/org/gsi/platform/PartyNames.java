package org.gsi.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The name of a party in a language, for exports and pages that put names next to codes; the registry answers. */
public interface PartyNames {

    /** The party's name in {@code language} (English when it has none there), or the code itself if unknown. */
    String of(String code, String language);

    /**
     * Names in {@code language} (English when none is given), each code asked for once: for an export that names the
     * same parties on many rows. Held only as long as the caller holds the answer.
     */
    default UnaryOperator<String> in(String language) {
        String lang = language == null || language.isBlank() ? "en" : language.strip();
        Map<String, String> known = new HashMap<>();
        return code -> code == null || code.isBlank() ? "" : known.computeIfAbsent(code, c -> of(c, lang));
    }

    /** The names of {@code codes} with {@code names}, joined by "; " in the order given. */
    static String all(Collection<String> codes, UnaryOperator<String> names) {
        return codes.stream().map(names).collect(Collectors.joining("; "));
    }
}
