package org.gsi.earlywarning.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's place in the navigation and the paths everyone may read. */
@Configuration(proxyBeanMethods = false)
class EarlyWarningWeb {

    @Bean
    NavItem earlyWarningNavItem() {
        return new NavItem("earlywarning.nav", "/early-warning", 40, true);
    }

    @Bean
    PublicPaths earlyWarningPublicPaths() {
        return PublicPaths.of(
                "/early-warning",
                "/early-warning/events",
                "/early-warning/situations",
                "/early-warning/situations/*",
                "/early-warning/models/*",
                "/early-warning/countries/*",
                "/api/v1/events",
                "/api/v1/events/points",
                "/api/v1/events/export.csv",
                "/api/v1/indicators",
                "/api/v1/indicators/export.csv",
                "/api/v1/indicators/map",
                "/api/v1/situations",
                "/api/v1/situations/*",
                "/api/v1/situations/assessments/*",
                "/api/v1/forecasts",
                "/api/v1/alerts");
    }
}
