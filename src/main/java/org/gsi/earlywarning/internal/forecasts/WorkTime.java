package org.gsi.earlywarning.internal.forecasts;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Wall and CPU time of a forecast or backtest job, for the log: a loaded machine stretches the first only. */
final class WorkTime {

    private WorkTime() {}

    /**
     * CPU time of the whole process so far (a job computes its horizons and windows on several threads, so the calling
     * thread's own time would miss most of it), or 0 where the JVM does not measure it.
     */
    static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0L, os.getProcessCpuTime())
                : 0L;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
