package org.gsi.training.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the module's periodic job (anonymising trainees after the retention period). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TrainingScheduling {}
