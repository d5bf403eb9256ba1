package org.gsi.training.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
