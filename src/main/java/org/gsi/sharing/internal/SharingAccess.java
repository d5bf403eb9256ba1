package org.gsi.sharing.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The object browser and object pages are open to anonymous readers, who see TLP:CLEAR objects only; everything
 * else needs a login. TAXII paths have their own chain (HTTP Basic and tokens, see {@code taxii.TaxiiGate}).
 */
@Configuration(proxyBeanMethods = false)
class SharingAccess {

    @Bean
    PublicPaths sharingPublicPaths() {
        return PublicPaths.of(
                "/sharing",
                "/sharing/objects",
                "/sharing/objects/*",
                "/api/v1/sharing/collections",
                "/api/v1/sharing/objects",
                "/api/v1/sharing/objects/*");
    }

    @Bean
    NavItem sharingNav() {
        return new NavItem("sharing.nav", "/sharing", 46, true);
    }
}
