package org.gsi.cooperation.internal;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Public projects, funds and the portfolio can be read without login; the services filter to public ones. */
@Configuration(proxyBeanMethods = false)
class CooperationAccess {

    @Bean
    PublicPaths cooperationPublicPaths() {
        return PublicPaths.of(
                "/projects",
                "/projects/*",
                "/projects/of/*",
                "/portfolio",
                "/funds",
                "/api/v1/projects",
                "/api/v1/projects/*",
                "/api/v1/projects/countries",
                "/api/v1/projects/network",
                "/api/v1/projects/*/consents",
                "/api/v1/projects/*/timeline",
                "/api/v1/projects/*/transactions",
                "/api/v1/projects/*/results",
                "/api/v1/projects/*/documents",
                "/api/v1/projects/*/documents/*",
                "/api/v1/funds",
                "/api/v1/funds/*",
                "/api/v1/exports/**");
    }

    @Bean
    NavItem projectsNav() {
        return new NavItem("nav.projects", "/projects", 30, true);
    }

    @Bean
    NavItem projectMapNav() {
        return new NavItem("nav.projectMap", "/projects/map", 33, true);
    }

    @Bean
    NavItem networkNav() {
        return new NavItem("nav.network", "/projects/network", 34, true);
    }

    @Bean
    NavItem portfolioNav() {
        return new NavItem("nav.portfolio", "/portfolio", 32, true);
    }

    /** Projects the reader may read: drafts by their owner alone. */
    @Bean
    SearchSource projectSearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc,
                "projects",
                20,
                "cooperation_project p",
                "coalesce(p.title->>:lang, p.title->>'en', p.title_text)",
                "'/projects/' || p.id",
                ProjectStore.READABLE);
    }
}
