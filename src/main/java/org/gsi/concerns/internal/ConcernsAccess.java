package org.gsi.concerns.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Public concerns can be read without login; registering and answering needs a party's focal point. */
@Configuration(proxyBeanMethods = false)
class ConcernsAccess {

    @Bean
    PublicPaths concernsPublicPaths() {
        return PublicPaths.of("/concerns", "/api/v1/concerns", "/api/v1/concerns/*");
    }

    @Bean
    NavItem concernsNav() {
        return new NavItem("nav.concerns", "/concerns", 31, true);
    }
}
