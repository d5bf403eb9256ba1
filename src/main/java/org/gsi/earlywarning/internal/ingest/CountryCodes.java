package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Maps the country codes used by event sources to ISO 3166-1 alpha-3: Gleditsch-Ward state numbers (UCDP), ISO
 * numeric codes (ACLED) and FIPS 10-4 codes (GDELT). Unknown codes give an empty result: they are never guessed.
 */
public final class CountryCodes {

    private static final String BASE = "/earlywarning/";

    private final Map<Integer, String> gleditschWard;
    private final Map<Integer, String> gleditschWardNames;
    private final Map<Integer, String> isoNumeric;
    private final Map<String, String> fips;
    private final Set<String> alpha3;

    private CountryCodes(
            Map<Integer, String> gleditschWard,
            Map<Integer, String> gleditschWardNames,
            Map<Integer, String> isoNumeric,
            Map<String, String> fips,
            Set<String> alpha3) {
        this.gleditschWard = Map.copyOf(gleditschWard);
        this.gleditschWardNames = Map.copyOf(gleditschWardNames);
        this.isoNumeric = Map.copyOf(isoNumeric);
        this.fips = Map.copyOf(fips);
        this.alpha3 = Set.copyOf(alpha3);
    }

    /** Loads the tables shipped in {@code earlywarning/} on the class path. */
    public static CountryCodes load() {
        Map<Integer, String> gw = new HashMap<>();
        read("views_countries.csv", r -> {
            if (!r.get("isoab").isBlank()) {
                gw.putIfAbsent(Integer.parseInt(r.get("gwcode")), r.get("isoab"));
            }
        });
        read("gw-iso3-overrides.csv", r -> gw.put(Integer.parseInt(r.get("gwcode")), r.get("iso3")));
        Map<Integer, String> gwNames = new HashMap<>();
        read("gw_states.csv", r -> gwNames.put(Integer.parseInt(r.get("gwcode")), r.get("statename")));
        Map<Integer, String> numeric = new HashMap<>();
        Set<String> known = new HashSet<>();
        read("iso-countries.csv", r -> {
            known.add(r.get("iso3"));
            numeric.put(Integer.parseInt(r.get("iso_numeric")), r.get("iso3"));
        });
        Map<String, String> fipsCodes = new HashMap<>();
        read("fips-iso3.csv", r -> fipsCodes.put(r.get("fips"), r.get("iso3")));
        known.addAll(fipsCodes.values());
        return new CountryCodes(gw, gwNames, numeric, fipsCodes, known);
    }

    public Optional<String> fromGleditschWard(int code) {
        return Optional.ofNullable(gleditschWard.get(code));
    }

    /** The state's name in the Gleditsch-Ward list, also for historical states without an ISO code. */
    public Optional<String> gleditschWardStateName(int code) {
        return Optional.ofNullable(gleditschWardNames.get(code));
    }

    public Optional<String> fromIsoNumeric(int code) {
        return Optional.ofNullable(isoNumeric.get(code));
    }

    public Optional<String> fromFips(String code) {
        return Optional.ofNullable(fips.get(code));
    }

    public boolean isKnownAlpha3(String code) {
        return alpha3.contains(code);
    }

    private static void read(String file, Consumer<CSVRecord> row) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get();
        try (InputStream in = CountryCodes.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing code table " + BASE + file);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            try (CSVParser parser = format.parse(reader)) {
                parser.forEach(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code table " + file, e);
        }
    }
}
