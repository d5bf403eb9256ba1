package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Every text of the interface exists in all six UN languages. */
class MessageBundlesTests {

    static final String[] LANGUAGES = {"ar", "zh", "fr", "ru", "es"};

    @ParameterizedTest
    @ValueSource(strings = {"messages", "taxonomy"})
    void everyKeyIsTranslatedIntoTheFiveOtherLanguages(String bundle) throws IOException {
        Set<String> english = keys("messages/" + bundle + ".properties");
        assertThat(english).isNotEmpty();
        for (String lang : LANGUAGES) {
            Set<String> translated = keys("messages/" + bundle + "_" + lang + ".properties");
            assertThat(translated).as(bundle + "_" + lang).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
