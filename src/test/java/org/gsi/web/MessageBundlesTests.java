package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text of the interface exists in all six UN languages, in every module's bundle. */
class MessageBundlesTests {

    static final String[] LANGUAGES = {"ar", "zh", "fr", "ru", "es"};

    static Stream<String> bundles() throws IOException {
        Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        return Arrays.stream(all)
                .map(Resource::getFilename)
                .filter(name -> name != null && !name.matches(".*_[a-z]{2}\\.properties"))
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyIsTranslatedIntoTheFiveOtherLanguages(String bundle) throws IOException {
        Set<String> english = keys("messages/" + bundle + ".properties");
        assertThat(english).isNotEmpty();
        for (String lang : LANGUAGES) {
            ClassPathResource translation = new ClassPathResource("messages/" + bundle + "_" + lang + ".properties");
            assertThat(translation.exists()).as(bundle + "_" + lang + " exists").isTrue();
            Set<String> translated = keys(translation);
            assertThat(translated).as(bundle + "_" + lang).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    static Set<String> keys(String resource) throws IOException {
        return keys(new ClassPathResource(resource));
    }

    static Set<String> keys(Resource resource) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
