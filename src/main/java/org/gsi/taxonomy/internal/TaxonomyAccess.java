package org.gsi.taxonomy.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The taxonomy is public. */
@Configuration(proxyBeanMethods = false)
class TaxonomyAccess {

    @Bean
    PublicPaths taxonomyPublicPaths() {
        return PublicPaths.of("/taxonomy", "/api/v1/taxonomy/**");
    }

    @Bean
    NavItem taxonomyNav() {
        return new NavItem("nav.taxonomy", "/taxonomy", 90, true);
    }
}
