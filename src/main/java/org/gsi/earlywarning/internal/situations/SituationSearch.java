package org.gsi.earlywarning.internal.situations;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Situations in the global search, by title and summary, as far as the reader may read them. */
@Configuration(proxyBeanMethods = false)
class SituationSearch {

    @Bean
    SearchSource situationSearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc,
                "situations",
                50,
                "earlywarning_situation s",
                "s.title",
                "'/early-warning/situations/' || s.id",
                SituationStore.SITUATION_VISIBLE);
    }
}
