package org.gsi.commitments.internal;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** Pledges the reader may read. */
    @Bean
    SearchSource pledgeSearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc, "pledges", 60, "commitments_pledge p", "p.text", "'/commitments/' || p.id", PledgeStore.VISIBLE);
    }
}
