package org.gsi.screening.internal.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListEntry;

/**
 * The labelled evaluation set ({@code screening/evaluation-set.csv}, built by
 * {@code bench/screening/BuildEvaluationSet.java} from the shipped UN list sample): asked names paired with listed
 * entries, each labelled same (1) or not (0), with its category and its half ({@code tuning} or {@code test}).
 */
public final class EvaluationSet {

    public static final String RESOURCE = "/screening/evaluation-set.csv";

    /** One labelled pair. */
    public record Pair(
            int id,
            String split,
            String category,
            boolean same,
            String query,
            EntryType queryType,
            String queryBirthDate,
            String queryNationality,
            String reference,
            EntryType type,
            List<String> names,
            EntryFacts facts) {}

    private EvaluationSet() {}

    public static List<Pair> shipped() {
        try (InputStream in = Objects.requireNonNull(EvaluationSet.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Pair> read(Reader reader) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        for (CSVRecord r : format.parse(reader)) {
            EntryType type = EntryType.parse(r.get("candidate_type")).orElseThrow();
            List<ListEntry.BirthDate> dates = new ArrayList<>();
            for (String d : split(r.get("candidate_birth_dates"))) {
                String[] f = d.split(";", -1);
                dates.add(new ListEntry.BirthDate(f[0], f[1], integer(f[2]), integer(f[3]), integer(f[4]), ""));
            }
            EntryFacts facts = new EntryFacts(
                    type,
                    dates,
                    new LinkedHashSet<>(split(r.get("candidate_nationalities"))),
                    new LinkedHashSet<>(split(r.get("candidate_countries"))));
            pairs.add(new Pair(
                    Integer.parseInt(r.get("id")),
                    r.get("split"),
                    r.get("category"),
                    r.get("label").equals("1"),
                    r.get("query"),
                    EntryType.parse(r.get("query_type")).orElse(null),
                    r.get("query_birth_date"),
                    r.get("query_nationality"),
                    r.get("candidate_reference"),
                    type,
                    split(r.get("candidate_names")),
                    facts));
        }
        return pairs;
    }

    private static List<String> split(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        return List.of(s.split("\\|", -1));
    }

    private static Integer integer(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    /** The distinct categories, in order of first appearance. */
    public static Set<String> categories(List<Pair> pairs) {
        Set<String> out = new LinkedHashSet<>();
        pairs.forEach(p -> out.add(p.category()));
        return out;
    }
}
