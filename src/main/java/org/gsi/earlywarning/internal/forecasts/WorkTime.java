package org.gsi.earlywarning.internal.forecasts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/** Wall and CPU time of a forecast or backtest job, for the log: a loaded machine stretches the first only. */
final class WorkTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WorkTime() {}

    /** CPU time of the calling thread so far, or 0 where the JVM does not measure it. */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0L;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
