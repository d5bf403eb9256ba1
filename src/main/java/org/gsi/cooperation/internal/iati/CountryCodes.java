package org.gsi.cooperation.internal.iati;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 alpha-3 to alpha-2 codes (IATI recipient countries are alpha-2), from UN M49 data. */
final class CountryCodes {

    private static final Map<String, String> ALPHA2 = load();

    private CountryCodes() {}

    static Optional<String> alpha2(String alpha3) {
        return Optional.ofNullable(ALPHA2.get(alpha3));
    }

    private static Map<String, String> load() {
        var in = CountryCodes.class.getResourceAsStream("/cooperation/country-iso3-iso2.csv");
        if (in == null) {
            throw new IllegalStateException("missing resource cooperation/country-iso3-iso2.csv");
        }
        Map<String, String> codes = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(",")).forEach(cols -> codes.put(cols[0], cols[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }
}
