package org.gsi.screening.internal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Country names of lists and requests to ISO alpha-3 codes: "Democratic People's Republic of Korea", "Iran",
 * "IRQ", "iq" and the names in the six UN languages ({@code screening/country-names.csv}, made from UN M49 and
 * UNTERM names). A nationality that names no known country resolves to nothing and counts for nothing.
 */
public final class Countries {

    private static final Countries SHIPPED = load();

    private final Map<String, String> byKey = new HashMap<>();
    private final Set<String> codes = new LinkedHashSet<>();

    public static Countries shipped() {
        return SHIPPED;
    }

    /** The ISO alpha-3 code of a country named, coded or adjectival as lists write it, if known. */
    public Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.length() == 3 && codes.contains(t.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.of(t.toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(byKey.get(key(t)));
    }

    static String key(String name) {
        String k = NameNormalizer.fold(name, false)
                .replaceAll("[^a-z0-9\\p{L}]+", " ")
                .trim();
        k = k.replaceAll("^(the|l|la|le|les|el|los|las) ", "");
        return k.replaceAll(" (the|l|la|le|les|el|los|las)$", "");
    }

    private static Countries load() {
        Countries c = new Countries();
        try (InputStream in = Objects.requireNonNull(
                        Countries.class.getResourceAsStream("/screening/country-names.csv"),
                        "screening/country-names.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                int comma = line.indexOf(',');
                String iso3 = line.substring(0, comma);
                String name = line.substring(comma + 1);
                if (name.startsWith("\"")) {
                    name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
                }
                c.codes.add(iso3);
                c.byKey.putIfAbsent(key(name), iso3);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }
}
