package org.gsi.taxonomy.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.Term;
import org.gsi.taxonomy.TermKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** The taxonomy as shipped in {@code taxonomy/taxonomy.csv}, kept in memory. */
@Service
class TaxonomyCatalog implements Taxonomy {

    private final Map<TermKind, List<Term>> terms;

    TaxonomyCatalog() {
        this.terms = load();
    }

    @Override
    public List<Term> list(TermKind kind) {
        return terms.get(kind);
    }

    @Override
    public Optional<Term> find(TermKind kind, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return terms.get(kind).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    static Map<TermKind, List<Term>> load() {
        Map<TermKind, List<Term>> byKind = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = new InputStreamReader(
                        new ClassPathResource("taxonomy/taxonomy.csv").getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(in)) {
            for (CSVRecord r : parser) {
                TermKind kind =
                        TermKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT).replace('-', '_'));
                byKind.get(kind)
                        .add(new Term(
                                kind,
                                r.get("code"),
                                r.get("group"),
                                r.get("paper_ref"),
                                r.get("name"),
                                r.get("description")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The taxonomy could not be read", e);
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return byKind;
    }
}
