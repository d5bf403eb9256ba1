package org.gsi.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signals through PostgreSQL {@code LISTEN}/{@code NOTIFY}. Sending is a {@code pg_notify} on the caller's
 * connection, so it belongs to the caller's transaction. Each node holds one connection of its own that listens on
 * every channel asked for and waits for notifications; when that connection fails, the node connects again (waiting
 * longer each time, up to {@link #LONGEST_PAUSE}) and tells every listener that it may have missed signals.
 * Listeners are called on one thread apart from the listening one, so a slow listener does not hold up the
 * connection.
 */
@Component
class PostgresNodeSignals implements NodeSignals, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresNodeSignals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int WAIT_MS = 250;
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;
    private ExecutorService delivery;

    PostgresNodeSignals(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void send(String channel, String payload) {
        checkChannel(channel);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("a signal carries at most " + MAX_PAYLOAD_BYTES + " bytes");
        }
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", channel)
                .param("payload", payload)
                .query(rs -> {});
    }

    @Override
    public void listen(String channel, Listener listener) {
        checkChannel(channel);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Whether the node's listening connection is open and listening now. */
    boolean isListening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        delivery = Executors.newSingleThreadExecutor(r -> daemon(r, "node-signals-delivery"));
        thread = daemon(this::listenUntilStopped, "node-signals");
        thread.start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!listening && System.nanoTime() < until && sleep(Duration.ofMillis(20))) {
            // the node serves requests only once it hears the others (or after ten seconds, and keeps trying)
        }
    }

    /** Starts before the web server, so that a node that answers requests already hears the others. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(WAIT_MS * 8L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (delivery != null) {
            delivery.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        Duration pause = Duration.ofMillis(500);
        boolean lost = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                listen(connection, lost);
            } catch (SQLException | RuntimeException e) {
                lost = true;
                if (listening) {
                    pause = Duration.ofMillis(500);
                }
                listening = false;
                if (!running) {
                    return;
                }
                log.warn("Lost the connection that hears other nodes; connecting again in {}: {}", pause, e.toString());
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Listens until stopped or the connection fails; after a lost connection, first tells the listeners. */
    private void listen(Connection connection, boolean lost) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        Set<String> heard = new HashSet<>();
        boolean caughtUp = !lost;
        while (running) {
            for (String channel : listeners.keySet()) {
                if (heard.add(channel)) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("LISTEN " + channel);
                    }
                }
            }
            listening = true;
            if (!caughtUp) {
                deliverMissed();
                caughtUp = true;
            }
            PGNotification[] notifications = pg.getNotifications(WAIT_MS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    deliver(n.getName(), n.getParameter());
                }
            }
        }
    }

    private void deliver(String channel, String payload) {
        for (Listener listener : listeners.getOrDefault(channel, List.of())) {
            delivery.execute(() -> {
                try {
                    listener.received(payload);
                } catch (RuntimeException e) {
                    log.warn("A listener of {} failed on '{}'", channel, payload, e);
                }
            });
        }
    }

    private void deliverMissed() {
        listeners
                .values()
                .forEach(list -> list.forEach(listener -> delivery.execute(() -> {
                    try {
                        listener.missed();
                    } catch (RuntimeException e) {
                        log.warn("A listener failed to catch up after a lost connection", e);
                    }
                })));
    }

    private static void checkChannel(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
