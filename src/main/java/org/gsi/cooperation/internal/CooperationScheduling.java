package org.gsi.cooperation.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's periodic job, durable and run by one node per period: consent reminders. */
@Configuration(proxyBeanMethods = false)
class CooperationScheduling {

    @Bean
    RecurringTask<Void> consentRemindersJob(
            ConsentReminders reminders, @Value("${gsi.cooperation.reminder-interval:PT1H}") Duration interval) {
        return Tasks.recurring("cooperation-consent-reminders", Schedules.fixedDelay(interval))
                .execute((instance, context) -> reminders.remindDue());
    }
}
