package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The texts of projects and concerns exist in all six UN languages, with the same placeholders. */
class CooperationMessagesTests {

    static final String[] LANGUAGES = {"ar", "zh", "fr", "ru", "es"};
    /** An argument used by a message, plain ({@code {0}}) or formatted ({@code {0, plural, …}}). */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\s*[,}]");

    @ParameterizedTest
    @ValueSource(strings = {"cooperation", "concerns", "negotiation", "dialogue", "meetings", "forms", "training"})
    void everyTextIsTranslatedWithItsPlaceholders(String bundle) throws IOException {
        Properties english = load("messages/" + bundle + ".properties");
        for (String lang : LANGUAGES) {
            Properties translated = load("messages/" + bundle + "_" + lang + ".properties");
            assertThat(new TreeSet<>(translated.stringPropertyNames()))
                    .as(bundle + "_" + lang)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key)))
                        .as(bundle + "_" + lang + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(translated.getProperty(key))
                        .as(bundle + "_" + lang + " " + key)
                        .isNotBlank();
            }
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
