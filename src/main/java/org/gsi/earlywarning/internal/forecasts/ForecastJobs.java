package org.gsi.earlywarning.internal.forecasts;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.platform.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable jobs of the forecasts: a recomputation of every level and a backtest. They run one at a time across
 * all nodes (each uses every core of its node), and a job whose node stopped is run again by another node from its
 * start: a run or a backtest is stored in one go when it ends.
 */
@Configuration(proxyBeanMethods = false)
class ForecastJobs {

    static final TaskDescriptor<Void> RECOMPUTE = TaskDescriptor.of("earlywarning-forecast-recompute");
    static final TaskDescriptor<String> BACKTEST = TaskDescriptor.of("earlywarning-backtest", String.class);
    private static final String GROUP = "earlywarning-forecast";

    @Bean
    CustomTask<Void> forecastRecomputeJob(DataSource dataSource, ForecastService forecasts) {
        return Jobs.oneAtATime(RECOMPUTE, GROUP, dataSource, (instance, context) -> forecasts.recompute());
    }

    @Bean
    CustomTask<String> backtestJob(DataSource dataSource, BacktestJobs backtests) {
        return Jobs.oneAtATime(
                BACKTEST,
                GROUP,
                dataSource,
                (instance, context) -> backtests.run(UUID.fromString(instance.getId()), instance.getData()));
    }
}
