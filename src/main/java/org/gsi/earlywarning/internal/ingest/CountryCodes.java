package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Maps the country codes used by event sources to ISO 3166-1 alpha-3: Gleditsch-Ward state numbers (UCDP), ISO
 * numeric codes (ACLED; its code 0 is Kosovo, XKX) and FIPS 10-4 codes (GDELT), and the countries' names as the
 * sources write them (ISO and Gleditsch-Ward names and the variants in {@code country-names.csv}), for rows whose
 * code is missing or unknown. Unknown codes and names give an empty result: they are never guessed.
 */
public final class CountryCodes {

    private static final String BASE = "/earlywarning/";
    private static final int ACLED_KOSOVO = 0;
    private static final String KOSOVO = "XKX";

    private final Map<Integer, String> gleditschWard;
    private final Map<Integer, String> gleditschWardNames;
    private final Map<Integer, String> isoNumeric;
    private final Map<String, String> fips;
    private final Set<String> alpha3;
    private final Map<String, String> names;

    private CountryCodes(
            Map<Integer, String> gleditschWard,
            Map<Integer, String> gleditschWardNames,
            Map<Integer, String> isoNumeric,
            Map<String, String> fips,
            Set<String> alpha3,
            Map<String, String> names) {
        this.gleditschWard = Map.copyOf(gleditschWard);
        this.gleditschWardNames = Map.copyOf(gleditschWardNames);
        this.isoNumeric = Map.copyOf(isoNumeric);
        this.fips = Map.copyOf(fips);
        this.alpha3 = Set.copyOf(alpha3);
        this.names = Map.copyOf(names);
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
        Map<String, String> names = new HashMap<>();
        read("iso-countries.csv", r -> {
            known.add(r.get("iso3"));
            numeric.put(Integer.parseInt(r.get("iso_numeric")), r.get("iso3"));
            nameOf(names, r.get("name"), r.get("iso3"));
        });
        // ACLED writes Kosovo, which has no ISO 3166 numeric code, as 0
        numeric.put(ACLED_KOSOVO, KOSOVO);
        known.add(KOSOVO);
        Map<String, String> fipsCodes = new HashMap<>();
        read("fips-iso3.csv", r -> fipsCodes.put(r.get("fips"), r.get("iso3")));
        known.addAll(fipsCodes.values());
        gwNames.forEach((code, name) -> {
            if (gw.containsKey(code)) {
                nameOf(names, name, gw.get(code));
            }
        });
        read("country-names.csv", r -> names.put(normalise(r.get("name")), r.get("iso3")));
        return new CountryCodes(gw, gwNames, numeric, fipsCodes, known, names);
    }

    private static void nameOf(Map<String, String> names, String name, String iso3) {
        names.putIfAbsent(normalise(name), iso3);
        String bracketed = name.replaceAll("^[^(]*\\(([^)]*)\\).*$", "$1");
        if (!bracketed.equals(name)) {
            names.putIfAbsent(normalise(bracketed), iso3);
        }
    }

    /** Lower case, no accents, no part in brackets, punctuation as single spaces: "DR Congo (Zaire)" is "dr congo". */
    static String normalise(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\([^)]*\\)", " ")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", " ");
        return plain.trim();
    }

    /** The country of a name as event sources write it; empty when the name is empty or not known. */
    public Optional<String> fromName(String name) {
        String key = normalise(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(names.get(key));
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
