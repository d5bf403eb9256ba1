package org.gsi.earlywarning.internal.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gsi.earlywarning.CameoCoding;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Place;
import org.gsi.earlywarning.RejectedRow;

/**
 * GDELT event exports, tab-separated without header: 1.0 daily files (58 columns; 57 in the historical back-files,
 * which lack SOURCEURL) and 2.0 15-minute files (61 columns; geography has an ADM2 field). The event's place is its
 * ActionGeo, whose FIPS 10-4 country code is mapped to ISO alpha-3. A large file's lines are parsed in batches on
 * more than one core and handed on in file order; each line is split in place to stay light on allocation.
 */
final class GdeltParser implements EventParser {

    private static final int ID = 0;
    private static final int SQLDATE = 1;
    private static final int ACTOR1_NAME = 6;
    private static final int ACTOR2_NAME = 16;
    private static final int EVENT_CODE = 26;
    private static final int ROOT_CODE = 28;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN = 30;

    /** Offsets of the ActionGeo block and of DATEADDED, per version. */
    private record Layout(
            EventSource source, int minFields, int maxFields, int geo, int adm2, int latitude, int dateAdded) {}

    private static final Layout V1 = new Layout(EventSource.GDELT1, 57, 58, 49, -1, 53, 56);
    private static final Layout V2 = new Layout(EventSource.GDELT2, 61, 61, 51, 55, 56, 59);

    /** Lines parsed together on a worker thread. */
    static final int BATCH = 1_000;

    private final Layout layout;
    private final CountryCodes countries;

    GdeltParser(EventSource version, CountryCodes countries) {
        this.layout = version == EventSource.GDELT1 ? V1 : V2;
        this.countries = countries;
    }

    /** An accepted event and its line, as a worker hands it back. */
    private record Accepted(long line, Event event) {}

    /**
     * Reads the lines on the calling thread and parses them in batches of {@link #BATCH} on up to two worker
     * threads (one per core), while the rows of the batches before are handed to the sink, in file order. A file of
     * one batch or less is parsed on the calling thread.
     */
    @Override
    public void parse(Reader reader, EventSink sink) {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        ExecutorService workers = null;
        Deque<Future<List<Object>>> pending = new ArrayDeque<>();
        try {
            long first = 1;
            List<String> batch = new ArrayList<>(BATCH);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                batch.add(line);
                if (batch.size() == BATCH) {
                    if (workers == null) {
                        workers = workers();
                    }
                    List<String> these = batch;
                    long from = first;
                    pending.add(workers.submit(() -> new Rows().parse(these, from)));
                    first += BATCH;
                    batch = new ArrayList<>(BATCH);
                    // a few batches ahead at most, so memory stays bounded whatever the file size
                    while (pending.size() > 4) {
                        deliver(pending.poll(), sink);
                    }
                }
            }
            while (!pending.isEmpty()) {
                deliver(pending.poll(), sink);
            }
            deliver(new Rows().parse(batch, first), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    private static ExecutorService workers() {
        int count = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "earlywarning-parse-gdelt-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static void deliver(Future<List<Object>> parsed, EventSink sink) {
        try {
            deliver(parsed.get(), sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading the file was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void deliver(List<Object> parsed, EventSink sink) {
        for (Object row : parsed) {
            if (row instanceof Accepted a) {
                sink.accepted(a.line(), a.event());
            } else if (row instanceof RowWarning w) {
                sink.warned(w);
            } else {
                sink.rejected((RejectedRow) row);
            }
        }
    }

    /**
     * Parses lines into events, rejections and warnings, in order; one instance per batch, as the row is split in
     * place and hashed through reused buffers.
     */
    private final class Rows implements EventSink {

        private final ContentHasher hasher = new ContentHasher();
        private final TabRow row = new TabRow(61);
        private final RowNotes notes = new RowNotes();
        private final List<Object> parsed = new ArrayList<>();

        List<Object> parse(List<String> lines, long firstLine) {
            long lineNumber = firstLine - 1;
            for (String line : lines) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                notes.start(lineNumber);
                Event event;
                try {
                    event = event(line);
                } catch (RowRejectedException e) {
                    parsed.add(e.at(lineNumber));
                    continue;
                }
                parsed.add(new Accepted(lineNumber, event));
                notes.deliverTo(this);
            }
            return parsed;
        }

        @Override
        public void accepted(Event event) {
            throw new IllegalStateException("a row's warnings are delivered here, never its event");
        }

        @Override
        public void rejected(RejectedRow rejected) {
            throw new IllegalStateException("a row's warnings are delivered here, never its rejection");
        }

        @Override
        public void warned(RowWarning warning) {
            parsed.add(warning);
        }

        private Event event(String line) {
            int fields = row.split(line);
            if (fields < layout.minFields() || fields > layout.maxFields()) {
                throw layout.minFields() == layout.maxFields()
                        ? new RowRejectedException(RejectedRow.Kind.TAB_FIELD_COUNT, layout.minFields(), fields)
                        : new RowRejectedException(
                                RejectedRow.Kind.TAB_FIELD_COUNT_EITHER,
                                layout.minFields(),
                                layout.maxFields(),
                                fields);
            }
            int geo = layout.geo();
            return new Event(
                    layout.source(),
                    FieldValues.required("GLOBALEVENTID", row.field(ID)),
                    row.field(layout.dateAdded()),
                    date(),
                    DatePrecision.DAY,
                    new Place(
                            country(geo + 2),
                            row.field(geo + 3),
                            layout.adm2() < 0 ? "" : row.field(layout.adm2()),
                            row.field(geo + 1),
                            FieldValues.coordinates(
                                    row.field(layout.latitude()), row.field(layout.latitude() + 1), notes)),
                    row.field(ACTOR1_NAME),
                    row.field(ACTOR2_NAME),
                    category(),
                    Optional.of(cameo()),
                    Optional.empty(),
                    line,
                    hasher.hash(line));
        }

        private String country(int index) {
            if (row.isEmpty(index)) {
                throw new RowRejectedException(RejectedRow.Kind.PLACE_EMPTY, "ActionGeo_CountryCode");
            }
            String fips = row.field(index);
            return countries
                    .fromFips(fips)
                    .orElseThrow(() -> new RowRejectedException(RejectedRow.Kind.FIPS_UNKNOWN, fips));
        }

        private LocalDate date() {
            if (row.length(SQLDATE) != 8) {
                throw new RowRejectedException(RejectedRow.Kind.DATE_NOT_YYYYMMDD, "SQLDATE", row.field(SQLDATE));
            }
            int year = row.digits(SQLDATE, 0, 4);
            int month = row.digits(SQLDATE, 4, 6);
            int day = row.digits(SQLDATE, 6, 8);
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new RowRejectedException(RejectedRow.Kind.DATE_INVALID, "SQLDATE", row.field(SQLDATE));
            }
        }

        private int rootCode() {
            int root = row.digits(ROOT_CODE, 0, 2);
            if (root < 0) {
                throw new RowRejectedException(RejectedRow.Kind.NOT_NUMBER, "EventRootCode", row.field(ROOT_CODE));
            }
            return root;
        }

        private EventCategory category() {
            int root = rootCode();
            if (root < 1 || root > 20) {
                throw new RowRejectedException(RejectedRow.Kind.ROOT_CODE_OUT_OF_RANGE, row.field(ROOT_CODE));
            }
            int quad = quadClass();
            if (quad < 1 || quad > 4) {
                throw new RowRejectedException(RejectedRow.Kind.QUAD_CLASS_OUT_OF_RANGE, row.field(QUAD_CLASS));
            }
            return CategoryMapping.cameo(root, quad);
        }

        private int quadClass() {
            return row.length(QUAD_CLASS) == 1 ? row.digits(QUAD_CLASS, 0, 1) : -1;
        }

        private CameoCoding cameo() {
            double goldstein = FieldValues.decimal("GoldsteinScale", row.field(GOLDSTEIN));
            if (!(goldstein >= -10 && goldstein <= 10)) {
                throw new RowRejectedException(RejectedRow.Kind.GOLDSTEIN_OUT_OF_RANGE, row.field(GOLDSTEIN));
            }
            return new CameoCoding(row.field(EVENT_CODE), row.field(ROOT_CODE), quadClass(), goldstein);
        }
    }
}
