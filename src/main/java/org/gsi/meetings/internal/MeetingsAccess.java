package org.gsi.meetings.internal;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** Meetings the reader may read: public ones, and the others by their organiser, the invited parties and the secretariat. */
    @Bean
    SearchSource meetingSearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc, "meetings", 80, "meetings_meeting m", "m.title", "'/meetings/' || m.id", MeetingStore.READABLE);
    }
}
