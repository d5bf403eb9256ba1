package org.gsi.meetings.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Public meetings, their programmes, documents and calendars can be read without logging in; restricted
 * meetings, delegation members and credentials letters are filtered by the services.
 */
@Configuration(proxyBeanMethods = false)
class MeetingsAccess {

    @Bean
    PublicPaths meetingsPublicPaths() {
        return PublicPaths.of(
                "/meetings",
                "/meetings/*",
                "/calendar/**",
                "/api/v1/meetings",
                "/api/v1/meetings/*",
                "/api/v1/meetings/*/delegations",
                "/api/v1/meetings/*/attendance",
                "/api/v1/meetings/*/documents",
                "/api/v1/meetings/*/documents/*",
                "/api/v1/meetings/delegations/*/credentials");
    }

    @Bean
    NavItem meetingsNav() {
        return new NavItem("meetings.nav", "/meetings", 42, true);
    }
}
