package org.gsi.registry.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped reference data into an empty registry: the countries and areas of UN M49 in six languages,
 * the organisations, mechanisms and forums of the Concept Paper, and their memberships.
 */
@Component
class ReferenceDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    /** M49 files by language, as the UN Statistics Division publishes them ({@code cn} is Chinese). */
    static final Map<String, String> M49_FILES = Map.of(
            "en",
            "UNSD-M49-en.csv",
            "fr",
            "UNSD-M49-fr.csv",
            "es",
            "UNSD-M49-es.csv",
            "ru",
            "UNSD-M49-ru.csv",
            "ar",
            "UNSD-M49-ar.csv",
            "zh",
            "UNSD-M49-cn.csv");

    /** A row the source adds that official M49 does not have (M49 158). */
    static final Set<String> NOT_IN_M49 = Set.of("158");

    static final String REFERENCE = "reference data";

    private final PartyStore store;
    private final TransactionTemplate tx;

    ReferenceDataLoader(PartyStore store, TransactionTemplate tx) {
        this.store = store;
        this.tx = tx;
    }

    @Override
    public void afterPropertiesSet() {
        if (store.countParties() > 0) {
            return;
        }
        tx.executeWithoutResult(status -> load());
    }

    void load() {
        Map<String, Map<String, String[]>> byLanguage = new LinkedHashMap<>();
        M49_FILES.forEach((lang, file) -> byLanguage.put(lang, readM49(file)));
        Map<String, String[]> english = byLanguage.get("en");
        Map<String, String> keyToMechanism = new LinkedHashMap<>();
        List<CSVRecord> memberships = readCsv("registry/mechanism_memberships.csv");
        Set<String> unMembers = new HashSet<>();
        Set<String> unObservers = new HashSet<>();
        for (CSVRecord r : memberships) {
            if (r.get("mechanism").equals("UN")) {
                (r.get("status").equals("member") ? unMembers : unObservers).add(r.get("iso3"));
            }
        }
        loadRegions(byLanguage, english);
        for (Map.Entry<String, String[]> e : english.entrySet()) {
            String[] row = e.getValue();
            String iso3 = row[11];
            Map<String, String> names = new LinkedHashMap<>();
            byLanguage.forEach((lang, rows) -> names.put(lang, rows.get(e.getKey())[8]));
            String unStatus = unMembers.contains(iso3) ? "member" : unObservers.contains(iso3) ? "observer" : null;
            store.insertCountry(new PartyStore.CountryRow(
                    iso3,
                    unStatus == null ? "territory" : "state",
                    names,
                    row[9],
                    row[10],
                    iso3,
                    blank(row[2]),
                    blank(row[4]),
                    blank(row[6]),
                    flag(row[12]),
                    flag(row[13]),
                    flag(row[14]),
                    unStatus));
        }
        for (CSVRecord r : readCsv("registry/organisations.csv")) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String lang : List.of("en", "fr", "es", "ru", "ar", "zh")) {
                names.put(lang, r.get("name_" + lang));
            }
            store.insertOrganisation(
                    r.get("code"),
                    r.get("kind"),
                    r.get("short_name"),
                    names,
                    blank(r.get("parent")),
                    blank(r.get("mechanism_kind")));
            if (!r.get("membership_key").isBlank()) {
                keyToMechanism.put(r.get("membership_key"), r.get("code"));
            }
        }
        int count = 0;
        for (CSVRecord r : concat(memberships, readCsv("registry/known_memberships.csv"))) {
            String mechanism = keyToMechanism.get(r.get("mechanism"));
            if (mechanism == null || !store.exists(r.get("iso3"))) {
                log.warn("Reference membership skipped: {} {}", r.get("mechanism"), r.get("iso3"));
                continue;
            }
            String since = r.get("since");
            store.insertMembership(
                    mechanism,
                    r.get("iso3"),
                    r.get("status"),
                    effectiveFrom(since),
                    blank(since),
                    LocalDate.parse(r.get("as_of")),
                    r.get("source"),
                    blank(r.get("note")),
                    REFERENCE);
            count++;
        }
        log.info("Registry loaded: {} countries and areas, {} memberships", english.size(), count);
    }

    private void loadRegions(Map<String, Map<String, String[]>> byLanguage, Map<String, String[]> english) {
        Set<String> seen = new HashSet<>();
        int[][] levels = {{2, 3}, {4, 5}, {6, 7}};
        String[] levelNames = {"region", "sub-region", "intermediate-region"};
        for (int level = 0; level < levels.length; level++) {
            for (Map.Entry<String, String[]> e : english.entrySet()) {
                String code = e.getValue()[levels[level][0]];
                if (code.isBlank() || !seen.add(code)) {
                    continue;
                }
                Map<String, String> names = new LinkedHashMap<>();
                int col = levels[level][1];
                byLanguage.forEach((lang, rows) -> names.put(lang, rows.get(e.getKey())[col]));
                String parent = level == 0 ? null : e.getValue()[levels[level - 1][0]];
                store.insertRegion(code, levelNames[level], blank(parent), names);
            }
        }
    }

    /** The first day of the period a source names: {@code 2021} → 2021-01-01, {@code 2023-08} → 2023-08-01. */
    static LocalDate effectiveFrom(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        String s = since.trim();
        if (s.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(s), 1, 1);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return LocalDate.parse(s + "-01");
        }
        return LocalDate.parse(s);
    }

    private static Map<String, String[]> readM49(String file) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (CSVRecord r : readCsv("registry/" + file)) {
            String[] values = r.values();
            if (!NOT_IN_M49.contains(values[9])) {
                rows.put(values[9], values);
            }
        }
        return rows;
    }

    static List<CSVRecord> readCsv(String resource) {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = new java.io.BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return format.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Reference data " + resource + " could not be read", e);
        }
    }

    private static List<CSVRecord> concat(List<CSVRecord> a, List<CSVRecord> b) {
        List<CSVRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean flag(String s) {
        return s != null && !s.isBlank();
    }
}
