package org.gsi.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every notice the platform sends has its title and body in the six languages, translated (not an English copy),
 * and every one reads as a whole sentence once its arguments are put in.
 */
class NoticeBundlesTests {

    /** Every kind of notice the platform sends; the source is read to make sure none is missing here. */
    static final Set<String> KINDS = Set.of(
            "consent-reminder",
            "consent-requested",
            "consent-declined",
            "consent-withdrawn",
            "consent-given",
            "project-activated",
            "minutes-drafted",
            "mediator-proposed",
            "mediator-appointed",
            "measure-overdue",
            "seats-allocated",
            "nomination-selected",
            "nomination-declined",
            "early-warning-alert",
            "meeting-cancelled",
            "delegation-promoted",
            "poll-opened",
            "text-opened",
            "text-adopted",
            "concern-raised",
            "delivery-recorded",
            "receipt-confirmed",
            "legacy");

    static final String[] LANGUAGES = {"en", "ar", "zh", "fr", "ru", "es"};
    static final Pattern SENT = Pattern.compile("Notice\\.of\\(\\s*\"([a-z-]+)\"\\s*,");
    static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    static final Object[] SAMPLE = {"Title", "CHN", "KAZ", "Reason", "2027-01-31"};

    @Test
    void everyKindTheSourceSendsIsListed() throws IOException {
        Set<String> sent = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = SENT.matcher(Files.readString(f));
                while (m.find()) {
                    sent.add(m.group(1));
                }
            }
        }
        assertThat(sent).isNotEmpty();
        assertThat(KINDS).containsAll(sent);
    }

    @Test
    void everyNoticeHasATranslatedTitleAndBodyInTheSixLanguages() throws IOException {
        Properties english = all("en");
        for (String lang : LANGUAGES) {
            Properties words = all(lang);
            for (String kind : KINDS) {
                for (String part : new String[] {"title", "body"}) {
                    String key = "notice." + kind + "." + part;
                    String pattern = words.getProperty(key);
                    assertThat(pattern).as(key + " in " + lang).isNotNull();
                    assertThat(LONE_APOSTROPHE.matcher(pattern).find())
                            .as(key + " in " + lang + ": a lone apostrophe hides the arguments")
                            .isFalse();
                    String text = new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(SAMPLE);
                    assertThat(text).as(key + " in " + lang).doesNotContain("{").doesNotContain("}");
                    boolean wordsInEnglish = english.getProperty(key).matches(".*\\p{L}.*")
                            && !english.getProperty(key)
                                    .replaceAll("\\{\\d}", "")
                                    .isBlank();
                    if (!lang.equals("en") && wordsInEnglish && !kind.equals("legacy")) {
                        assertThat(pattern)
                                .as(key + " in " + lang + " is translated")
                                .isNotEqualTo(english.getProperty(key));
                    }
                }
            }
        }
    }

    /** The keys of every bundle in one language. */
    static Properties all(String lang) throws IOException {
        Properties p = new Properties();
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        for (Resource r : found) {
            String name = r.getFilename();
            boolean english = name != null && !name.matches(".*_[a-z]{2}\\.properties");
            if (lang.equals("en") ? english : name != null && name.endsWith("_" + lang + ".properties")) {
                try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
            }
        }
        return p;
    }
}
