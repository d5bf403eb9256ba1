package org.gsi.dialogue.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's periodic job, durable and run by one node per period: the daily check for overdue measures. */
@Configuration(proxyBeanMethods = false)
class DialogueScheduling {

    @Bean
    RecurringTask<Void> measuresOverdueJob(MeasureService measures) {
        return Tasks.recurring("dialogue-measures-overdue", Schedules.cron("0 15 0 * * *", ZoneOffset.UTC))
                .execute((instance, context) -> measures.dailyOverdueCheck());
    }
}
