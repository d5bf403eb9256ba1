package org.gsi.earlywarning.internal.forecasting;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** One background thread for forecast runs and backtests: they run one at a time, never interleaved. */
@Component
class ForecastWorker implements DisposableBean {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "earlywarning-forecast");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    void submit(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
