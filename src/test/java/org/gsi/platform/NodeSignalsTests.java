package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals between nodes on the real database: a second {@link PostgresNodeSignals} on the same database stands for
 * another node, with a listening connection of its own.
 */
@PlatformTest
class NodeSignalsTests {

    @Autowired
    NodeSignals signals;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SharedCaches caches;

    final java.util.ArrayList<PostgresNodeSignals> started = new java.util.ArrayList<>();

    @AfterEach
    void stopOtherNodes() {
        started.forEach(PostgresNodeSignals::stop);
    }

    private PostgresNodeSignals node() {
        PostgresNodeSignals node = new PostgresNodeSignals(dataSource);
        started.add(node);
        return node;
    }

    @Test
    void aSignalSentInATransactionReachesAnotherNodeWhenItCommitsAndNeverWhenItRollsBack() throws Exception {
        PostgresNodeSignals other = node();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        other.listen("test_commit", heard::add);
        other.start();

        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            signals.send("test_commit", "rolled-back");
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> {
            signals.send("test_commit", "committed");
            assertThat(pollUninterrupted(heard, Duration.ofMillis(300)))
                    .as("nothing arrives before the commit")
                    .isNull();
        });
        assertThat(poll(heard, Duration.ofSeconds(5))).isEqualTo("committed");
        assertThat(poll(heard, Duration.ofMillis(300))).isNull();
    }

    @Test
    void aNodeWhoseListeningConnectionIsCutConnectsAgainCatchesUpAndHearsLaterSignals() throws Exception {
        PostgresNodeSignals other = node();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        other.listen("test_reconnect", new NodeSignals.Listener() {
            @Override
            public void received(String payload) {
                heard.add(payload);
            }

            @Override
            public void missed() {
                heard.add("(missed)");
            }
        });
        other.start();
        signals.send("test_reconnect", "before");
        assertThat(poll(heard, Duration.ofSeconds(5))).isEqualTo("before");

        int cut = JdbcClient.create(dataSource)
                .sql(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'LISTEN test_reconnect%'")
                .query(Integer.class)
                .single();
        assertThat(cut).isEqualTo(1);
        assertThat(poll(heard, Duration.ofSeconds(10))).isEqualTo("(missed)");
        waitUntilListening(other);
        signals.send("test_reconnect", "after");
        assertThat(poll(heard, Duration.ofSeconds(5))).isEqualTo("after");
    }

    @Test
    void aCacheEmptiedOnOneNodeIsEmptiedOnTheOthers() throws Exception {
        PostgresNodeSignals other = node();
        SharedCaches otherCaches = new SharedCaches(
                SharedCaches.manager(
                        List.of(CacheSpec.untilEvicted("test.names", 10)),
                        com.github.benmanes.caffeine.cache.Ticker.systemTicker()),
                other);
        other.start();
        assertThat(otherCaches.get("test.names", "CHN", () -> "old name")).isEqualTo("old name");
        assertThat(otherCaches.get("test.names", "CHN", () -> "new name")).isEqualTo("old name");

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> signals.send(SharedCaches.CHANNEL, "test.names"));

        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String name = "old name";
        while (name.equals("old name") && System.nanoTime() < until) {
            Thread.sleep(20);
            name = otherCaches.get("test.names", "CHN", () -> "new name");
        }
        assertThat(name).isEqualTo("new name");
    }

    @Test
    void aSignalTooLongOrOnABadChannelIsRefused() {
        assertThatThrownBy(() -> signals.send("test", "x".repeat(NodeSignals.MAX_PAYLOAD_BYTES + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signals.send("bad; DROP TABLE x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caches.evict("no.such.cache")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void waitUntilListening(PostgresNodeSignals node) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!node.isListening() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    private static String pollUninterrupted(BlockingQueue<String> queue, Duration wait) {
        try {
            return poll(queue, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String poll(BlockingQueue<String> queue, Duration wait) throws InterruptedException {
        return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
