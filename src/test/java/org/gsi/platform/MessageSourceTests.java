package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The platform's message source: plural forms of each language, the same answer however often and from how many
 * threads a message is asked for, and unknown codes left unknown. */
class MessageSourceTests {

    private final MessageSource messages = new MessagesConfiguration().messageSource();

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void countsTakeEachLanguagesPluralFormsAgainAndAgain() {
        for (int round = 0; round < 3; round++) {
            assertThat(messages.getMessage("commitments.count", new Object[] {1}, Locale.ENGLISH))
                    .isEqualTo("1 pledge");
            assertThat(messages.getMessage("commitments.count", new Object[] {2}, Locale.ENGLISH))
                    .isEqualTo("2 pledges");
            assertThat(messages.getMessage("commitments.count", new Object[] {1}, RUSSIAN))
                    .isEqualTo("1 обязательство");
            assertThat(messages.getMessage("commitments.count", new Object[] {3}, RUSSIAN))
                    .isEqualTo("3 обязательства");
            assertThat(messages.getMessage("commitments.count", new Object[] {5}, RUSSIAN))
                    .isEqualTo("5 обязательств");
        }
    }

    @Test
    void manyThreadsFormattingOneMessageEachGetTheirOwnNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int n = 5 + i;
                calls.add(() -> messages.getMessage("commitments.count", new Object[] {n}, Locale.ENGLISH)
                        .equals(String.format(Locale.ENGLISH, "%,d pledges", n)));
            }
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anUnknownCodeStaysUnknownAndALanguageWithoutTheKeyFallsBackToEnglish() {
        assertThat(messages.getMessage("no.such.key", null, "fallback", Locale.FRENCH))
                .isEqualTo("fallback");
        assertThat(messages.getMessage("no.such.key", null, "fallback", Locale.FRENCH))
                .isEqualTo("fallback");
        assertThat(messages.getMessage("commitments.count", new Object[] {2}, Locale.forLanguageTag("de")))
                .isEqualTo("2 pledges");
    }

    @Test
    void lineNumbersOfAnImportReportAreWrittenWithoutGrouping() {
        assertThat(messages.getMessage(
                        "cooperation.iati.partRejected", new Object[] {"budget", 12_345, "?"}, Locale.FRENCH))
                .contains("ligne 12345");
        assertThat(messages.getMessage(
                        "cooperation.iati.partRejected", new Object[] {"budget", 12_345, "?"}, Locale.ENGLISH))
                .contains("line 12345");
    }
}
