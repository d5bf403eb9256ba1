package org.gsi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * The slowest steps of the start-up, logged once the platform is ready, when it is started with
 * {@code -Dgsi.startup.steps=N}: each step's own time (without the steps inside it), so that the time of a bean
 * is not counted again in every bean that depends on it. For finding where a start goes; off by default.
 */
final class StartupSteps implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private final BufferingApplicationStartup startup;
    private final int count;

    private StartupSteps(BufferingApplicationStartup startup, int count) {
        this.startup = startup;
        this.count = count;
    }

    /** Records the steps of {@code app} when the system property asks for them. */
    static void recordIfAsked(SpringApplication app) {
        int count = Integer.getInteger("gsi.startup.steps", 0);
        if (count > 0) {
            BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
            app.setApplicationStartup(startup);
            app.addListeners(new StartupSteps(startup, count));
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> childNanos = new HashMap<>();
        for (TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, e.getDuration().toNanos(), Long::sum);
            }
        }
        record Own(long nanos, long totalNanos, String name, String tags) {}
        List<Own> own = new ArrayList<>();
        for (TimelineEvent e : events) {
            StartupStep step = e.getStartupStep();
            long total = e.getDuration().toNanos();
            String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(t -> t.getKey() + "=" + t.getValue())
                    .collect(Collectors.joining(", "));
            own.add(new Own(total - childNanos.getOrDefault(step.getId(), 0L), total, step.getName(), tags));
        }
        own.sort(Comparator.comparingLong(Own::nanos).reversed());
        Map<String, Long> byName = new HashMap<>();
        own.forEach(o -> byName.merge(o.name(), o.nanos(), Long::sum));
        StringBuilder report = new StringBuilder("Slowest start-up steps (own ms, with inner steps ms):");
        own.stream()
                .limit(count)
                .forEach(o -> report.append(String.format(
                        "%n%8d %8d  %s  %s", o.nanos() / 1_000_000, o.totalNanos() / 1_000_000, o.name(), o.tags())));
        report.append("\nOwn time by step name (ms):");
        byName.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> report.append(String.format("%n%8d  %s", e.getValue() / 1_000_000, e.getKey())));
        report.append(String.format(
                "%nSteps recorded: %d; from the start of the timeline to ready: %d ms",
                events.size(),
                Duration.between(startup.getBufferedTimeline().getStartTime(), java.time.Instant.now())
                        .toMillis()));
        log.info("{}", report);
    }
}
