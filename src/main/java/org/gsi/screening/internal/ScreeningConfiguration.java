package org.gsi.screening.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The module's navigation entry and its background work: batches, the sweep for people not yet screened, and
 * re-screening after an import (delivered asynchronously and durably through the event publication registry).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class ScreeningConfiguration {

    @Bean
    NavItem screeningNav() {
        return new NavItem("screening.nav", "/screening", 43, false, Permission.READ_PARTY_RECORDS);
    }
}
