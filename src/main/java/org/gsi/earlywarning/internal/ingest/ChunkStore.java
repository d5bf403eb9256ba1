package org.gsi.earlywarning.internal.ingest;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gsi.earlywarning.RejectedRow;

/**
 * Gathers prepared rows into chunks and writes them on two connections at once: while one chunk's events are
 * being looked up and copied, the chunk before it applies its rollups and commits. Chunks commit in file order,
 * each with its events, rollups, job counts and rejected rows, and a chunk that repeats a key of the chunk before
 * it waits for that one to commit before looking its keys up. At most two chunks are written while a third is
 * gathered, so memory stays bounded whatever the file size.
 *
 * <p>An import taken over from a node that stopped mid-way resumes after the last committed chunk: the rows that
 * chunk counted as read (accepted or rejected, with their warnings) are passed over, and the counts go on from the
 * committed ones, so no row is written or counted twice.
 */
final class ChunkStore implements AutoCloseable {

    /** Serialises imports across processes (web application and command line): held for a whole import. */
    static final long STORE_LOCK = 7_300_301L;

    private final List<ChunkWriter> writers = new ArrayList<>();
    private final List<ExecutorService> lanes = new ArrayList<>();
    private final int chunkSize;
    private Map<String, StagedRow> rows = new LinkedHashMap<>();
    private final RowBlocks.Pool pool = new RowBlocks.Pool();
    private RowBlocks blocks = new RowBlocks(pool);
    private ChunkWriter.KeyRange keyRange = new ChunkWriter.KeyRange();
    private RollupDelta added = new RollupDelta();
    private List<RejectedRow> rejections = new ArrayList<>();
    private List<RowWarning> warnings = new ArrayList<>();
    private final List<CompletableFuture<ChunkWriter.Written>> written = new ArrayList<>();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private Set<String> previousKeys = Set.of();
    private final EventImporter.Counts resumed;
    private long toPassOver;
    private boolean passingOver;

    ChunkStore(
            List<Connection> connections,
            UUID jobId,
            String changedBy,
            int chunkSize,
            EventImporter.ChunkListener listener,
            EventImporter.Counts resumed) {
        this.chunkSize = chunkSize;
        this.resumed = resumed;
        this.toPassOver = resumed.read();
        for (int i = 0; i < connections.size(); i++) {
            writers.add(new ChunkWriter(connections.get(i), jobId, changedBy, listener));
            int n = i;
            lanes.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "earlywarning-store-" + n);
                t.setDaemon(true);
                return t;
            }));
        }
    }

    /** A row prepared by {@code preparer} just before, its encoded form still there. */
    void accepted(StagedRow row, RowPreparer preparer) {
        if (passedOver()) {
            // committed before: its country-month may have changed then, so it is named again
            touched.add(row.contribution().country() + ":" + row.contribution().month());
            return;
        }
        if (rows.containsKey(row.sourceId()) || !sameSource(row)) {
            flush();
        }
        rows.put(row.sourceId(), row.at(preparer.keepIn(blocks)));
        keyRange.add(row.sourceId());
        added.add(row.contribution(), 1);
        if (rows.size() + rejections.size() >= chunkSize) {
            flush();
        }
    }

    void rejected(RejectedRow rejection) {
        if (passedOver()) {
            return;
        }
        rejections.add(rejection);
        if (rows.size() + rejections.size() >= chunkSize) {
            flush();
        }
    }

    /** A warning about the row accepted just before: it goes with that row's chunk. */
    void warned(RowWarning warning) {
        if (!passingOver) {
            warnings.add(warning);
        }
    }

    /** Whether the row just read was committed before the import was resumed (its warnings go with it). */
    private boolean passedOver() {
        passingOver = toPassOver > 0;
        if (passingOver) {
            toPassOver--;
        }
        return passingOver;
    }

    /** Hands what is gathered to a writer (after the writer's previous chunk is done). */
    void flush() {
        int number = written.size();
        if (number >= lanes.size()) {
            join(written.get(number - lanes.size()));
        }
        ChunkWriter.Chunk chunk = new ChunkWriter.Chunk(rows, blocks, rejections, warnings, keyRange.digits(), added);
        CompletableFuture<ChunkWriter.Written> before = number == 0
                ? CompletableFuture.completedFuture(new ChunkWriter.Written(resumed, Set.of()))
                : written.get(number - 1);
        boolean repeats = rows.keySet().stream().anyMatch(previousKeys::contains);
        ChunkWriter writer = writers.get(number % writers.size());
        RowBlocks chunkBlocks = blocks;
        written.add(CompletableFuture.supplyAsync(
                        () -> {
                            if (repeats) {
                                join(before);
                            }
                            return writer.write(chunk, () -> join(before).counts());
                        },
                        lanes.get(number % lanes.size()))
                .whenComplete((w, e) -> chunkBlocks.release()));
        // the keys alone: the chunk's rows go once written
        previousKeys = new HashSet<>(rows.keySet());
        rows = new LinkedHashMap<>();
        blocks = new RowBlocks(pool);
        keyRange = new ChunkWriter.KeyRange();
        added = new RollupDelta();
        rejections = new ArrayList<>();
        warnings = new ArrayList<>();
        if (written.size() > lanes.size()) {
            // keep the last chunks only: the earlier ones are done (joined above)
            written.set(number - lanes.size(), null);
        }
    }

    /** Writes what is left and waits for every chunk; returns the counts and the country-months changed. */
    ChunkWriter.Written finish() {
        flush();
        EventImporter.Counts counts = null;
        for (CompletableFuture<ChunkWriter.Written> f : written) {
            if (f != null) {
                counts = join(f).counts();
            }
        }
        return new ChunkWriter.Written(counts, new TreeSet<>(touched));
    }

    private ChunkWriter.Written join(CompletableFuture<ChunkWriter.Written> f) {
        try {
            ChunkWriter.Written w = f.join();
            touched.addAll(w.touchedCountryMonths());
            return w;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private boolean sameSource(StagedRow row) {
        return rows.isEmpty() || rows.values().iterator().next().source() == row.source();
    }

    /** Waits for the chunks still being written (also when the import failed), then stops the writers. */
    @Override
    public void close() {
        for (CompletableFuture<ChunkWriter.Written> f : written) {
            if (f != null) {
                f.handle((w, e) -> null).join();
            }
        }
        lanes.forEach(ExecutorService::shutdown);
    }
}
