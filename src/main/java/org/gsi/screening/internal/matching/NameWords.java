package org.gsi.screening.internal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The word lists of {@code screening/name-words.txt}: spelling variants, common names, particles, legal forms. */
public final class NameWords {

    private final Map<String, String> variants = new HashMap<>();
    private final Map<String, Set<String>> sections = new HashMap<>();

    private NameWords() {}

    private static final NameWords SHIPPED = load();

    public static NameWords shipped() {
        return SHIPPED;
    }

    /** The canonical spelling of a name word (Mohammed → muhammad), or the word itself. */
    public String canonical(String word) {
        return variants.getOrDefault(word, word);
    }

    public boolean isVariant(String word) {
        return variants.containsKey(word);
    }

    public boolean common(String word) {
        return in("common", word);
    }

    public boolean particle(String word) {
        return in("particle", word);
    }

    public boolean article(String word) {
        return in("article", word);
    }

    public boolean title(String word) {
        return in("title", word);
    }

    public boolean legalForm(String word) {
        return in("legal", word);
    }

    public boolean generic(String word) {
        return in("generic", word);
    }

    public boolean stop(String word) {
        return in("stop", word);
    }

    private boolean in(String section, String word) {
        return sections.getOrDefault(section, Set.of()).contains(word);
    }

    private static NameWords load() {
        NameWords w = new NameWords();
        try (InputStream in = Objects.requireNonNull(
                        NameWords.class.getResourceAsStream("/screening/name-words.txt"), "screening/name-words.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = "";
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.substring(1, line.indexOf(']'));
                } else if (section.equals("variants")) {
                    int colon = line.indexOf(':');
                    String canonical = line.substring(0, colon).strip();
                    for (String v : line.substring(colon + 1).strip().split("\\s+")) {
                        w.variants.put(v, canonical);
                    }
                } else {
                    for (String v : line.split("\\s+")) {
                        w.sections
                                .computeIfAbsent(section, k -> new HashSet<>())
                                .add(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }
}
