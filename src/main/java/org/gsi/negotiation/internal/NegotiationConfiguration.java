package org.gsi.negotiation.internal;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** Negotiated texts the reader may read. */
    @Bean
    SearchSource textSearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc, "texts", 40, "negotiation_text t", "t.title", "'/texts/' || t.id", TextStore.VISIBLE);
    }
}
