package org.gsi.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the durable background jobs under {@code gsi.jobs.*}.
 *
 * @param threads how many jobs one node runs at the same time
 * @param pollingInterval how often a node looks for due jobs (a job submitted on the node itself starts at once)
 * @param heartbeat how often a node tells the database that its running jobs are alive
 * @param missedHeartbeats after how many missed heartbeats another node takes a running job over: a node that dies
 *     mid-job loses it after {@code heartbeat × missedHeartbeats} (by default 10 s × 6 = one minute; at least 4)
 * @param shutdownWait how long a stopping node waits for its running jobs before it leaves them to be taken over
 */
@ConfigurationProperties("gsi.jobs")
public record JobSettings(
        int threads, Duration pollingInterval, Duration heartbeat, int missedHeartbeats, Duration shutdownWait) {

    public JobSettings {
        threads = threads <= 0 ? 3 : threads;
        pollingInterval = positive(pollingInterval, Duration.ofSeconds(5));
        heartbeat = positive(heartbeat, Duration.ofSeconds(10));
        missedHeartbeats = missedHeartbeats <= 0 ? 6 : Math.max(4, missedHeartbeats);
        shutdownWait = shutdownWait == null || shutdownWait.isNegative() ? Duration.ofSeconds(2) : shutdownWait;
    }

    /** How long a running job of a dead node waits before another node takes it over. */
    public Duration takeoverAfter() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }

    private static Duration positive(Duration value, Duration otherwise) {
        return value == null || value.isNegative() || value.isZero() ? otherwise : value;
    }
}
