package org.gsi.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.VoidExecutionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The platform's durable background jobs (db-scheduler over the {@code platform_job} table): a job is a row that
 * exactly one node claims; a node keeps its running jobs alive with a heartbeat, and when the heartbeat stops (the
 * node died) another node takes the job over after {@link JobSettings#takeoverAfter()}. Recurring jobs are one row
 * each, so they run once per period whatever the number of nodes. Every {@link Task} bean of the application is a
 * kind of job this node runs. A command-line process, or a node with {@code gsi.jobs.enabled=false}, submits jobs
 * but runs none.
 */
@Component
public class Jobs implements SmartLifecycle {

    /** The table of the jobs. */
    public static final String TABLE = "platform_job";

    private final DataSource dataSource;
    private final ObjectProvider<Task<?>> tasks;
    private final JobSettings settings;
    private final boolean runsJobs;
    private final SchedulerClient client;
    private final JobFiles files;
    private volatile Scheduler scheduler;
    private final SchedulerClient inCallersTransaction;

    Jobs(
            DataSource dataSource,
            ObjectProvider<Task<?>> tasks,
            JobSettings settings,
            @Value("${gsi.command:}") String command,
            @Value("${gsi.jobs.enabled:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.tasks = tasks;
        this.settings = settings;
        this.runsJobs = command.isBlank() && enabled;
        this.client =
                SchedulerClient.Builder.create(dataSource).tableName(TABLE).build();
        // writes through the connection of the caller's transaction, where there is one
        this.inCallersTransaction = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource))
                .tableName(TABLE)
                .build();
        this.files = new JobFiles(JdbcClient.create(dataSource));
    }

    /** The files of jobs, kept in the database until their job ends. */
    public JobFiles files() {
        return files;
    }

    /**
     * Queues a job to run now on whichever node claims it first, unless a job of that kind and id is already queued
     * or running; returns whether it queued one.
     */
    public boolean submit(TaskDescriptor<Void> kind, String id) {
        return client().scheduleIfNotExists(kind.instance(id).build(), Instant.now());
    }

    /**
     * Queues a job as {@link #submit(TaskDescriptor, String)} does, but in the caller's transaction: the job exists
     * only if that transaction commits (with whatever else it wrote for the job), and this node is woken to claim it
     * once it has, rather than at its next poll.
     */
    public boolean submitInTransaction(TaskDescriptor<Void> kind, String id) {
        boolean queued =
                inCallersTransaction.scheduleIfNotExists(kind.instance(id).build(), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
        return queued;
    }

    /** Asks this node to look for due jobs now rather than at its next poll. */
    private void wake() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    /** Queues a job with what it needs to know (stored with it), as {@link #submit(TaskDescriptor, String)}. */
    public <T> boolean submit(TaskDescriptor<T> kind, String id, T data) {
        return client().scheduleIfNotExists(kind.instance(id).data(data).build(), Instant.now());
    }

    /**
     * A kind of job that runs one at a time with every other job of its {@code group} across all nodes (CPU-heavy
     * work): it holds a PostgreSQL advisory lock of the group while it runs, and a job that finds the lock taken
     * stays queued and tries again a few seconds later.
     */
    public static <T> CustomTask<T> oneAtATime(
            TaskDescriptor<T> kind, String group, DataSource dataSource, VoidExecutionHandler<T> work) {
        return Tasks.custom(kind).execute((instance, context) -> {
            try (Connection c = dataSource.getConnection()) {
                if (!advisoryLock(c, "pg_try_advisory_lock", group)) {
                    return (done, operations) ->
                            operations.reschedule(done, Instant.now().plus(BUSY_RETRY));
                }
                try {
                    work.execute(instance, context);
                } finally {
                    advisoryLock(c, "pg_advisory_unlock", group);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot take the lock of the " + group + " jobs", e);
            }
            return (done, operations) -> operations.remove();
        });
    }

    private static final Duration BUSY_RETRY = Duration.ofSeconds(3);

    private static boolean advisoryLock(Connection c, String function, String group) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + function + "(hashtext(?))")) {
            s.setString(1, "platform-job:" + group);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Whether a job of that kind and id is queued (and not yet claimed by a node). */
    public boolean isWaiting(TaskDescriptor<Void> kind, String id) {
        return find(kind, id).map(e -> !e.isPicked()).orElse(false);
    }

    /** Whether a job of that kind and id is queued or running. */
    public boolean exists(TaskDescriptor<Void> kind, String id) {
        return find(kind, id).isPresent();
    }

    private Optional<com.github.kagkarlsson.scheduler.ScheduledExecution<Object>> find(
            TaskDescriptor<Void> kind, String id) {
        return client().getScheduledExecution(TaskInstanceId.of(kind.getTaskName(), id));
    }

    private SchedulerClient client() {
        Scheduler running = scheduler;
        return running == null ? client : running;
    }

    /** A scheduler over the platform's jobs table with these tasks and settings (also for a second node in tests). */
    public static Scheduler scheduler(
            DataSource dataSource, List<? extends Task<?>> tasks, JobSettings settings, String name) {
        List<Task<?>> known = new ArrayList<>();
        List<Task<?>> startTasks = new ArrayList<>();
        for (Task<?> task : tasks) {
            (task instanceof OnStartup ? startTasks : known).add(task);
        }
        return Scheduler.create(dataSource, known)
                .startTasks(onStartup(startTasks))
                .tableName(TABLE)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(settings.threads())
                .executorService(Executors.newFixedThreadPool(settings.threads(), daemons(name + "-job-")))
                .dueExecutor(Executors.newSingleThreadExecutor(daemons(name + "-job-due-")))
                .housekeeperExecutor(Executors.newScheduledThreadPool(2, daemons(name + "-job-heartbeat-")))
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownWait())
                .pollUsingLockAndFetch(0.5, 1.0)
                .enableImmediateExecution()
                .build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List onStartup(List<Task<?>> tasks) {
        return tasks;
    }

    /** Daemon threads, so that a job still running never keeps the process alive. */
    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** This node's name in the jobs table: host, process and a random part, so two nodes on one host differ. */
    static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "#" + ManagementFactory.getRuntimeMXBean().getPid() + "#"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void start() {
        if (!runsJobs || scheduler != null) {
            return;
        }
        Scheduler s = scheduler(dataSource, tasks.orderedStream().toList(), settings, nodeName());
        s.start();
        scheduler = s;
    }

    @Override
    public void stop() {
        Scheduler s = scheduler;
        scheduler = null;
        if (s != null) {
            s.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Started after the web server and every other part, stopped before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
