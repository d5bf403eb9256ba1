package org.gsi.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The sharing texts exist in the six languages with the same placeholders, their patterns survive MessageFormat (no
 * bare apostrophe), translations are not English copies, and every reason key the code names has a text.
 */
class SharingMessagesTests {

    static final String[] LANGUAGES = {"ar", "zh", "fr", "ru", "es"};
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    static final Pattern KEY = Pattern.compile("\"(sharing\\.(?:reject|accepted|bundle|onward|delete)[a-zA-Z.]*)\"");

    @Test
    void everyTextIsTranslatedWithItsPlaceholders() throws IOException {
        Properties english = load("messages/sharing.properties");
        for (String lang : LANGUAGES) {
            Properties t = load("messages/sharing_" + lang + ".properties");
            int same = 0;
            for (String key : english.stringPropertyNames()) {
                String text = t.getProperty(key);
                assertThat(placeholders(text)).as(lang + " " + key).isEqualTo(placeholders(english.getProperty(key)));
                assertThat(text).as(lang + " " + key).doesNotContain("'");
                same += text.equals(english.getProperty(key)) ? 1 : 0;
            }
            assertThat(same).as(lang + ": texts left in English").isLessThan(12);
        }
        english.values().forEach(v -> assertThat((String) v).doesNotContain("'"));
    }

    @Test
    void everyReasonTheCodeGivesHasAText() throws IOException {
        Properties english = load("messages/sharing.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/gsi/sharing"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
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
