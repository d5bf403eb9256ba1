package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Everything the server writes for a reader — stored messages, notices, refusals, reasons — names a key of the
 * bundles; each such key found in the code exists in all six languages and is translated, not an English copy.
 */
class ServerMessagesTests {

    /**
     * {@code Message.of("key"}, {@code new MessageKey("key"}, {@code Notice.of("kind"}, {@code getMessage("key"} of a
     * message source, first argument a literal.
     */
    private static final Pattern USE = Pattern.compile(
            "(Message\\.of|MessageKey|Notice\\.of|messages\\.getMessage)\\(\\s*\"([a-zA-Z0-9_.\\-]+)\"",
            Pattern.MULTILINE);

    /**
     * A refusal whose only form is an English sentence: a conflict or invalid input made from a literal sentence, or
     * from another exception's English message.
     */
    private static final Pattern ENGLISH_REFUSAL =
            Pattern.compile("new \\w*(?:ConflictException|RefusedException)\\(\\s*\""
                    + "|new InvalidInputException\\(\\s*[^,()]+,\\s*\""
                    + "|new \\w*(?:ConflictException|InvalidInputException)\\([^;]*?getMessage\\(\\)");

    /** Modules whose every refusal is a key of the bundles with its arguments. */
    private static final List<String> KEYED_MODULES = List.of(
            "meetings",
            "training",
            "dialogue",
            "negotiation",
            "identity",
            "registry",
            "commitments",
            "concerns",
            "cooperation",
            "screening",
            "sharing",
            "web",
            "audit",
            "platform");

    /** English-only refusals still left in the other modules; the number may fall, never rise. */
    private static final int ENGLISH_REFUSALS_LEFT = 62;

    private static final String[] LANGUAGES = {"ar", "zh", "fr", "ru", "es"};

    /** Words written the same in a language as in English. */
    private static final java.util.Set<String> SAME_WORD = java.util.Set.of(
            "fr: commitments.unit.experts",
            "fr: negotiation.rule.consensus",
            "fr: screening.kind.contact",
            "ar: negotiation.export.akn",
            "zh: negotiation.export.akn",
            "fr: negotiation.export.akn",
            "ru: negotiation.export.akn",
            "es: negotiation.export.akn",
            "fr: cooperation.portfolio.budget",
            "fr: cooperation.region.150",
            "es: cooperation.region.142",
            "fr: export.column.action",
            "fr: export.column.budget",
            "fr: export.column.date",
            "fr: export.column.event_date",
            "fr: export.column.latitude",
            "fr: export.column.longitude",
            "fr: export.column.participants_names",
            "fr: export.column.source",
            "fr: negotiation.adoption",
            "fr: negotiation.facilitation",
            "fr: negotiation.option",
            "fr: negotiation.participants",
            "fr: negotiation.stance",
            "fr: negotiation.version",
            "fr: screening.factor.short.type-conflict");

    @Test
    void everyMessageTheServerWritesExistsAndIsTranslatedInAllSixLanguages() throws IOException {
        Map<String, String> english = bundle("");
        TreeSet<String> keys = keysInCode();
        assertThat(keys).as("message keys found in the code").hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Map<String, String> translated = bundle("_" + lang);
            for (String key : keys) {
                List<String> wanted = key.endsWith(".") || key.endsWith("-")
                        ? english.keySet().stream()
                                .filter(k -> k.startsWith(key))
                                .toList()
                        : List.of(key);
                if (wanted.isEmpty() || !english.keySet().containsAll(wanted)) {
                    missing.add("en: " + key);
                }
                for (String k : wanted) {
                    String words = translated.get(k);
                    if (words == null) {
                        missing.add(lang + ": " + k);
                    } else if (words.equals(english.get(k))
                            && hasWords(words)
                            && !SAME_WORD.contains(lang + ": " + k)) {
                        copies.add(lang + ": " + k + "=" + words);
                    }
                }
            }
        }
        assertThat(missing).as("keys missing from a bundle").isEmpty();
        assertThat(copies).as("translations that copy the English").isEmpty();
    }

    @Test
    void refusalsAreKeysOfTheBundlesNotEnglishSentences() throws IOException {
        Map<String, List<String>> english = englishRefusals();
        List<String> inKeyedModules = english.entrySet().stream()
                .filter(e ->
                        KEYED_MODULES.contains(Path.of(e.getKey()).getName(5).toString()))
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        assertThat(inKeyedModules)
                .as("refusals given only as English sentences")
                .isEmpty();
        assertThat(english.values().stream().mapToInt(List::size).sum())
                .as("English-only refusals in all modules")
                .isLessThanOrEqualTo(ENGLISH_REFUSALS_LEFT);
    }

    /** Each main source file with the English-only refusals it makes. */
    static Map<String, List<String>> englishRefusals() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = ENGLISH_REFUSAL.matcher(read(f));
                while (m.find()) {
                    found.computeIfAbsent(f.toString(), k -> new ArrayList<>()).add(m.group());
                }
            });
        }
        return found;
    }

    /** Whether a text has words of a language, beyond arguments, codes and punctuation. */
    private static boolean hasWords(String text) {
        return text.replaceAll("\\{[^{}]*}", "").replaceAll("[A-Z0-9/]{2,}", "").matches("(?s).*\\p{L}{3,}.*");
    }

    /**
     * Every key the main code names: {@code notice.<kind>.title/body} for a notice; a prefix (ending in a dot or a
     * dash) where the code adds the rest, every key of which must then be translated.
     */
    static TreeSet<String> keysInCode() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = USE.matcher(read(f));
                while (m.find()) {
                    if (m.group(1).equals("Notice.of") && m.group(2).endsWith("-")) {
                        keys.add("notice." + m.group(2));
                    } else if (m.group(1).equals("Notice.of")) {
                        keys.add("notice." + m.group(2) + ".title");
                        keys.add("notice." + m.group(2) + ".body");
                    } else {
                        keys.add(m.group(2));
                    }
                }
            });
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All modules' bundles of one language merged; {@code ""} is English. */
    private static Map<String, String> bundle(String suffix) throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            String name = r.getFilename();
            boolean english = name != null && !name.matches(".*_[a-z]{2}\\.properties");
            if (name == null || (suffix.isEmpty() ? !english : !name.endsWith(suffix + ".properties"))) {
                continue;
            }
            Properties p = new Properties();
            try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
        }
        return all;
    }
}
