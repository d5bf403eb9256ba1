package org.gsi.cooperation.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the module's periodic jobs (consent reminders). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CooperationScheduling {}
