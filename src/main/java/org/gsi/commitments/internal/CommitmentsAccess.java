package org.gsi.commitments.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Public pledges and the accountability pages are readable by everyone; the service filters the rest. */
@Configuration(proxyBeanMethods = false)
class CommitmentsAccess {

    @Bean
    PublicPaths commitmentsPublicPaths() {
        return PublicPaths.of("/commitments", "/commitments/**", "/api/v1/commitments", "/api/v1/commitments/**");
    }

    @Bean
    NavItem commitmentsNav() {
        return new NavItem("commitments.nav", "/commitments", 40, true);
    }
}
