package org.gsi.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued batches, one at a time per node, chunk by chunk ({@code gsi.screening.batch-chunk} rows, 200 by
 * default): each chunk's checks, the rows marked done and the batch's counts are written in one transaction, so a
 * batch stopped by a crash goes on where it stopped (a running batch whose worker stopped beating for two minutes is
 * taken over).
 */
@Component
class BatchWorker {

    private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

    private final BatchStore store;
    private final CheckStore checks;
    private final CheckService service;
    private final Screener screener;
    private final TransactionTemplate tx;
    private final ScreeningProperties properties;

    BatchWorker(
            BatchStore store,
            CheckStore checks,
            CheckService service,
            Screener screener,
            TransactionTemplate tx,
            ScreeningProperties properties) {
        this.store = store;
        this.checks = checks;
        this.service = service;
        this.screener = screener;
        this.tx = tx;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${gsi.screening.batch-poll:1s}",
            initialDelayString = "${gsi.screening.batch-poll:1s}")
    void poll() {
        while (true) {
            var claimed = tx.execute(s -> store.claim());
            if (claimed == null || claimed.isEmpty()) {
                return;
            }
            run(claimed.get());
        }
    }

    void run(BatchStore.BatchRow b) {
        try {
            while (true) {
                List<BatchStore.Line> lines = store.pending(b.id(), properties.batchChunk());
                if (lines.isEmpty()) {
                    store.finish(b.id());
                    return;
                }
                chunk(b, lines);
            }
        } catch (RuntimeException e) {
            log.warn("Screening batch {} failed", b.id(), e);
            store.fail(b.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void chunk(BatchStore.BatchRow b, List<BatchStore.Line> lines) {
        List<Check> made = new ArrayList<>(lines.size());
        List<BatchStore.Line> checked = new ArrayList<>(lines.size());
        List<UUID> ids = new ArrayList<>(lines.size());
        List<BatchStore.Line> refused = new ArrayList<>();
        int possible = 0;
        for (BatchStore.Line l : lines) {
            try {
                Screener.Asked asked =
                        Screener.ask(l.name(), l.type(), l.birthDate(), l.nationality(), b.threshold(), b.threshold());
                Screener.Screened s = screener.screen(asked, new LinkedHashSet<>(b.lists()));
                Check c = service.record(b.party(), b.askedBy(), "BATCH", null, b.id(), asked, s);
                made.add(c);
                checked.add(l);
                ids.add(c.id());
                possible += c.possibleMatches() > 0 ? 1 : 0;
            } catch (InvalidInputException e) {
                refused.add(l);
            }
        }
        int possibleRows = possible;
        tx.executeWithoutResult(s -> {
            checks.insertAll(made);
            store.done(b.id(), checked, ids, possibleRows);
            refused.forEach(l -> store.rejectRow(b.id(), l.line(), "name-no-letters"));
        });
    }
}
