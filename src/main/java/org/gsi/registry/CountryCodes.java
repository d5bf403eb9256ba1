package org.gsi.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The ISO 3166 alpha-3 and alpha-2 codes of the countries and areas of UN M49, read from the same file the registry
 * loads its parties from; other modules translate codes here instead of keeping a copy (IATI recipient countries, for
 * one, are alpha-2).
 */
public final class CountryCodes {

    private static final String M49 = "/registry/UNSD-M49-en.csv";
    private static final Map<String, String> ALPHA2 = load();
    private static final Map<String, String> ALPHA3 = inverse(ALPHA2);

    private CountryCodes() {}

    /** The alpha-2 code of a country or area given by its alpha-3 code ({@code KAZ} → {@code KZ}). */
    public static Optional<String> alpha2(String alpha3) {
        return Optional.ofNullable(alpha3).map(ALPHA2::get);
    }

    /** The alpha-3 code of a country or area given by its alpha-2 code ({@code KZ} → {@code KAZ}). */
    public static Optional<String> alpha3(String alpha2) {
        return Optional.ofNullable(alpha2).map(ALPHA3::get);
    }

    private static Map<String, String> inverse(Map<String, String> codes) {
        Map<String, String> inverse = new HashMap<>();
        codes.forEach((alpha3, alpha2) -> inverse.put(alpha2, alpha3));
        return Map.copyOf(inverse);
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(CountryCodes.class.getResourceAsStream(M49), M49), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                codes.put(row.get("ISO-alpha3 Code"), row.get("ISO-alpha2 Code"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }
}
