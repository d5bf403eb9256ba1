package org.gsi.registry.internal;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry is public: parties, mechanisms, memberships, the map, and contact points made public. */
@Configuration(proxyBeanMethods = false)
class RegistryAccess {

    @Bean
    PublicPaths registryPublicPaths() {
        return PublicPaths.of(
                "/parties",
                "/parties/**",
                "/map",
                "/api/v1/parties",
                "/api/v1/parties/**",
                "/api/v1/mechanisms",
                "/api/v1/mechanisms/**",
                "/api/v1/map/**",
                "/api/v1/contacts/**");
    }

    @Bean
    NavItem partiesNav() {
        return new NavItem("nav.parties", "/parties", 10, true);
    }

    @Bean
    NavItem mapNav() {
        return new NavItem("nav.map", "/map", 11, true);
    }

    /** Parties are public records: everyone finds them. */
    @Bean
    SearchSource partySearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc,
                "parties",
                10,
                "registry_party p",
                "coalesce(p.names->>:lang, p.names->>'en', p.code)",
                "'/parties/' || p.code",
                "TRUE");
    }
}
