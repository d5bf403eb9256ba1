package org.gsi.earlywarning.internal.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gsi.earlywarning.CameoCoding;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.Fatalities;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.earlywarning.internal.ingest.EventSink;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams accepted events into the staging table with COPY and merges every full chunk into the store in its own
 * transaction. Only one chunk is ever held: the source ids of its events (to keep one row per event in a chunk)
 * and its rejections.
 */
final class StagingSink implements EventSink {

    private final Connection connection;
    private final PGConnection pg;
    private final String jobId;
    private final int chunkSize;
    private final EventImporter.ChunkListener listener;
    private final Set<String> sourceIds = new HashSet<>();
    private final List<RejectedRow> rejections = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private PGCopyOutputStream copy;
    private Writer writer;
    private CopyRow row;
    private long staged;
    private long imported;
    private long updated;
    private long unchanged;
    private long rejected;

    StagingSink(Connection connection, String jobId, int chunkSize, EventImporter.ChunkListener listener)
            throws SQLException {
        this.connection = connection;
        this.pg = connection.unwrap(PGConnection.class);
        this.jobId = jobId;
        this.chunkSize = chunkSize;
        this.listener = listener;
    }

    @Override
    public void accepted(Event event) {
        if (!sourceIds.add(event.sourceId())) {
            flush();
            sourceIds.add(event.sourceId());
        }
        try {
            write(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (++staged + rejections.size() >= chunkSize) {
            flush();
        }
    }

    @Override
    public void rejected(RejectedRow rejection) {
        rejections.add(rejection);
        if (staged + rejections.size() >= chunkSize) {
            flush();
        }
    }

    /** Merges what is staged and commits. */
    void flush() {
        try {
            if (copy != null) {
                writer.flush();
                copy.endCopy();
                copy = null;
            }
            if (staged > 0) {
                ChunkMerge.Result result = ChunkMerge.merge(connection, jobId);
                imported += result.imported();
                updated += result.updated();
                unchanged += result.unchanged();
                if (result.touched() != null) {
                    touched.addAll(List.of(result.touched().split(",")));
                }
            }
            rejected += rejections.size();
            listener.chunkMerged(connection, counts(), List.copyOf(rejections));
            connection.commit();
        } catch (SQLException e) {
            throw new EventStoreException("storing events failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        staged = 0;
        sourceIds.clear();
        rejections.clear();
    }

    /** Gives up the chunk being staged, so that the transaction can be rolled back. */
    void abort() {
        if (copy != null) {
            try {
                copy.cancelCopy();
            } catch (SQLException | RuntimeException ignored) {
                // the connection is rolled back next; nothing of this chunk was committed
            }
            copy = null;
        }
    }

    EventImporter.Counts counts() {
        return new EventImporter.Counts(
                imported + updated + unchanged + rejected, imported, updated, unchanged, rejected);
    }

    Set<String> touchedCountryMonths() {
        return Set.copyOf(touched);
    }

    private void write(Event e) throws IOException {
        if (copy == null) {
            try {
                copy = new PGCopyOutputStream(pg, ChunkMerge.COPY_STAGE, 1 << 16);
            } catch (SQLException ex) {
                throw new EventStoreException("cannot start COPY: " + ex.getMessage(), ex);
            }
            writer = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
            row = new CopyRow(writer);
        }
        row.number(staged)
                .text(e.source().formatKey())
                .text(e.sourceId())
                .text(e.sourceVersion())
                .raw(e.date().toString())
                .text(e.datePrecision().name())
                .text(e.place().country())
                .text(e.place().admin1())
                .text(e.place().admin2())
                .text(e.place().name());
        Coordinates point = e.place().coordinates().orElse(null);
        row.raw(point == null ? null : Double.toString(point.latitude()))
                .raw(point == null ? null : Double.toString(point.longitude()))
                .raw(point == null ? null : Integer.toString(point.priogridGid()))
                .text(e.actor1())
                .text(e.actor2())
                .text(e.category().name());
        CameoCoding cameo = e.cameo().orElse(null);
        row.text(cameo == null ? null : cameo.eventCode())
                .raw(cameo == null ? null : Integer.toString(cameo.quadClass()))
                .raw(cameo == null ? null : goldstein(cameo.goldstein()));
        Fatalities f = e.fatalities().orElse(null);
        row.raw(f == null ? null : Integer.toString(f.best()))
                .raw(f == null ? null : Integer.toString(f.low()))
                .raw(f == null ? null : Integer.toString(f.high()))
                .text(e.rawRow())
                .text(e.contentHash())
                .end();
    }

    private static String goldstein(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
