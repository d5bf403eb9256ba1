package org.gsi.screening.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.gsi.platform.NavItem;
import org.gsi.platform.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The module's navigation entry and its background work: batches (claimed row by row with {@code SKIP LOCKED}, so
 * every node may poll), the sweep for people not yet screened (a durable job run by one node per period), and
 * re-screening after an import (delivered asynchronously and durably through the event publication registry).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class ScreeningConfiguration {

    @Bean
    RecurringTask<Void> screeningSweepJob(
            Rescreening rescreening, @Value("${gsi.screening.sweep:5m}") Duration interval) {
        return Tasks.recurring("screening-sweep", Schedules.fixedDelay(interval))
                .execute((instance, context) -> rescreening.sweep());
    }

    @Bean
    NavItem screeningNav() {
        return new NavItem("screening.nav", "/screening", 43, false, Permission.READ_PARTY_RECORDS);
    }
}
