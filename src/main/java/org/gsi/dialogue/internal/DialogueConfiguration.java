package org.gsi.dialogue.internal;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The module's place in the navigation and the paths anyone may read (public tracks and measures only). */
@Configuration
class DialogueConfiguration {

    @Bean
    NavItem dialogueNav() {
        return new NavItem("dialogue.nav", "/dialogues", 40, true);
    }

    @Bean
    PublicPaths dialoguePublicPaths() {
        return PublicPaths.of(
                "/dialogues", "/dialogues/*", "/dialogues/**", "/api/v1/dialogues", "/api/v1/dialogues/**");
    }

    /** Dialogue tracks the reader may read. */
    @Bean
    SearchSource trackSearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc, "dialogues", 30, "dialogue_track t", "t.subject", "'/dialogues/' || t.id", DialogueStore.VISIBLE);
    }
}
