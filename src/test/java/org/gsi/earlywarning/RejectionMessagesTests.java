package org.gsi.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every reason a row can be rejected for is a sentence of the bundles in all six languages, translated, showing
 * the same values as the English one; and a value quoted from a file is cut when it is very long.
 */
class RejectionMessagesTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyKindOfRejectionIsTranslatedInAllSixLanguagesWithTheSameValues() throws IOException {
        Properties english = bundle("");
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("ar", "zh", "fr", "ru", "es")) {
            Properties translated = bundle("_" + language);
            for (RejectedRow.Kind kind : RejectedRow.Kind.values()) {
                String key = RejectedRow.of(1, kind).messageKey();
                String en = english.getProperty(key);
                String words = translated.getProperty(key);
                if (en == null || words == null) {
                    wrong.add(language + ": " + key + " missing");
                } else if (words.equals(en)) {
                    wrong.add(language + ": " + key + " is the English");
                } else if (!arguments(words).equals(arguments(en))) {
                    wrong.add(language + ": " + key + " shows " + arguments(words) + ", English " + arguments(en));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aVeryLongQuotedValueIsCutWithAnEllipsisAndAShortOneKeptAsTheFileHasIt() {
        RejectedRow row = RejectedRow.of(3, RejectedRow.Kind.NOT_NUMBER, "GoldsteinScale", "x".repeat(5000));

        assertThat(row.arguments().get(0)).isEqualTo("GoldsteinScale");
        assertThat(row.arguments().get(1)).isEqualTo("x".repeat(RejectedRow.QUOTED_LENGTH) + "…");
        assertThat(RejectedRow.of(3, RejectedRow.Kind.FIPS_UNKNOWN, " zz ").arguments())
                .containsExactly(" zz ");
    }

    private static TreeSet<String> arguments(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                RejectionMessagesTests.class.getResourceAsStream("/messages/earlywarning" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
