package org.gsi.training.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's periodic job, durable and run by one node per period: anonymising trainees after the retention
 * period, every night ({@code gsi.training.retention-cron}, UTC).
 */
@Configuration(proxyBeanMethods = false)
class TrainingScheduling {

    @Bean
    RecurringTask<Void> traineeRetentionJob(
            TraineeRetention retention, @Value("${gsi.training.retention-cron:0 40 2 * * *}") String cron) {
        return Tasks.recurring("training-trainee-retention", Schedules.cron(cron, ZoneOffset.UTC))
                .execute((instance, context) -> retention.scheduled());
    }
}
