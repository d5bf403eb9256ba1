package org.gsi.meetings.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Meetings, programmes and calendars are public; delegation members are filtered by the service. */
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
                "/api/v1/meetings/*/delegations");
    }

    @Bean
    NavItem meetingsNav() {
        return new NavItem("meetings.nav", "/meetings", 42, true);
    }
}
