package org.gsi.training.internal;

import org.gsi.platform.FullTextSearch;
import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Courses, allocations and certificate verification are public; trainees' data is filtered by the service. */
@Configuration(proxyBeanMethods = false)
class TrainingAccess {

    @Bean
    PublicPaths trainingPublicPaths() {
        return PublicPaths.of(
                "/training",
                "/training/courses/*",
                "/training/certificates",
                "/api/v1/training/courses",
                "/api/v1/training/courses/*",
                "/api/v1/training/courses/*/allocation",
                "/api/v1/training/courses/*/nominations",
                "/api/v1/training/certificates/*");
    }

    @Bean
    NavItem trainingNav() {
        return new NavItem("training.nav", "/training", 41, true);
    }

    /** Courses are public: everyone finds them. */
    @Bean
    SearchSource courseSearchSource(JdbcClient jdbc) {
        return new FullTextSearch(
                jdbc, "courses", 70, "training_course c", "c.topic", "'/training/courses/' || c.id", "TRUE");
    }
}
