package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectSearchTests {

    @Test
    void searchTextBecomesLowerCaseWordPrefixesInAnyScript() {
        assertThat(ProjectSearch.prefixes("Demin, LAO-2026")).containsExactly("demin", "lao", "2026");
        assertThat(ProjectSearch.prefixes("Кибер Sécurité الأمن")).containsExactly("кибер", "sécurité", "الأمن");
        assertThat(ProjectSearch.prefixes(" ;; ")).isEmpty();
    }

    @Test
    void longWordsAreCutToTheTwentyCharactersTheIndexKeeps() {
        assertThat(ProjectSearch.prefixes("internationalisation-programmes"))
                .containsExactly("internationalisation", "programmes");
        assertThat(ProjectSearch.prefixes("Кибербезопасностьобщества")).containsExactly("кибербезопасностьобщ");
    }
}
