package org.gsi.negotiation.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The module's place in the navigation and the paths anyone may read (public texts only). */
@Configuration
@EnableScheduling
class NegotiationConfiguration {

    @Bean
    NavItem negotiationNav() {
        return new NavItem("negotiation.nav", "/texts", 45, true);
    }

    @Bean
    PublicPaths negotiationPublicPaths() {
        return PublicPaths.of(
                "/texts",
                "/texts/*",
                "/texts/*/**",
                "/api/v1/texts",
                "/api/v1/texts/*",
                "/api/v1/texts/*/**",
                "/api/v1/polls",
                "/api/v1/polls/*");
    }
}
