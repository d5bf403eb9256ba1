package org.gsi.taxonomy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.gsi.platform.Message;
import org.gsi.platform.Words;
import org.gsi.taxonomy.Term;
import org.junit.jupiter.api.Test;

/** Every term of the taxonomy is named and described in all six languages, each in its own words. */
class TaxonomyWordsTests {

    private static final List<Locale> OTHERS = List.of(
            Locale.FRENCH,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("ar"),
            Locale.CHINESE);

    @Test
    void everyDescriptionIsTranslatedIntoTheFiveOtherLanguages() {
        List<Term> terms =
                TaxonomyCatalog.load().values().stream().flatMap(List::stream).toList();
        assertThat(terms).hasSizeGreaterThanOrEqualTo(50);
        for (Term term : terms) {
            Message description = Message.of(term.descriptionKey());
            assertThat(Words.english(description)).as(term.code()).isEqualTo(term.description());
            for (Locale locale : OTHERS) {
                assertThat(Words.in(locale, description))
                        .as(term.code() + " in " + locale)
                        .isNotEqualTo(term.description())
                        .isNotEqualTo(term.descriptionKey())
                        .isNotBlank();
            }
        }
    }
}
