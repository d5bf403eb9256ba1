package org.gsi.cooperation.internal.iati;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 alpha-3 and alpha-2 codes (IATI recipient countries are alpha-2), from UN M49 data. */
public final class CountryCodes {

    private static final Map<String, String> ALPHA2 = load();
    private static final Map<String, String> ALPHA3 = inverse(ALPHA2);

    private CountryCodes() {}

    public static Optional<String> alpha2(String alpha3) {
        return Optional.ofNullable(ALPHA2.get(alpha3));
    }

    /** The alpha-3 code of an ISO alpha-2 code, as IATI recipient countries give them. */
    public static Optional<String> alpha3(String alpha2) {
        return Optional.ofNullable(ALPHA3.get(alpha2));
    }

    private static Map<String, String> inverse(Map<String, String> codes) {
        Map<String, String> inverse = new HashMap<>();
        codes.forEach((alpha3, alpha2) -> inverse.put(alpha2, alpha3));
        return Map.copyOf(inverse);
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
