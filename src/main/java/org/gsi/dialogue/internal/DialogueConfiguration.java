package org.gsi.dialogue.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
