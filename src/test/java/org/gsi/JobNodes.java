package org.gsi;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.gsi.platform.JobSettings;
import org.gsi.platform.Jobs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nodes of the platform's jobs inside one test: each is a scheduler over the jobs table of the platform under test
 * (which runs none itself, {@code gsi.jobs.enabled=false}), with a heartbeat of a fifth of a second, so that a node
 * that stops is taken over in about a second.
 */
public final class JobNodes implements AutoCloseable {

    /** Two threads, polling and heartbeat every 200 ms, four missed heartbeats and a node is dead. */
    public static final JobSettings FAST =
            new JobSettings(2, Duration.ofMillis(200), Duration.ofMillis(200), 4, Duration.ofMillis(200));

    private final DataSource dataSource;
    private final List<Scheduler> running = new CopyOnWriteArrayList<>();

    public JobNodes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts a node named {@code name} that runs these kinds of job. */
    public Scheduler start(String name, List<? extends Task<?>> tasks) {
        Scheduler node = Jobs.scheduler(dataSource, tasks, FAST, name);
        node.start();
        running.add(node);
        return node;
    }

    /**
     * Stops a node: its heartbeat ends and it claims nothing more. A job it was running and that does not return
     * within the short wait is left to the other nodes, as when the node's process ends.
     */
    public void stop(Scheduler node) {
        running.remove(node);
        node.stop();
    }

    /**
     * Whether the jobs table holds no row of this kind of job, within ten seconds: a node removes the row of a job
     * just after the job returns, so a test that saw the job's own end may read the row still there.
     */
    public boolean noneLeft(String kind) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return EventPublications.eventually(
                () -> jdbc.sql("SELECT count(*) FROM " + Jobs.TABLE + " WHERE task_name = ?")
                                .param(kind)
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /** Stops every node still running. */
    @Override
    public void close() {
        running.forEach(this::stop);
    }

    /** Waits for the latch whatever interrupts the thread: a dead node does not hear its scheduler stop. */
    public static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // keep waiting
            }
        }
    }
}
