package org.gsi.earlywarning.internal.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;

/** Keeps every row of a test import in memory. */
final class CollectingSink implements EventSink {

    static final CountryCodes CODES = CountryCodes.load();

    final List<Event> events = new ArrayList<>();
    final List<RejectedRow> rejections = new ArrayList<>();
    final List<RowWarning> warnings = new ArrayList<>();
    IngestSummary summary;

    @Override
    public void accepted(Event event) {
        events.add(event);
    }

    @Override
    public void rejected(RejectedRow row) {
        rejections.add(row);
    }

    @Override
    public void warned(RowWarning warning) {
        warnings.add(warning);
    }

    /** A rejection as a test states it: its line, its kind and the values its message shows. */
    static String said(RejectedRow r) {
        return r.line() + ": " + r.kind() + " " + r.arguments();
    }

    static CollectingSink read(String resource) {
        return read(resource, Optional.empty());
    }

    static CollectingSink read(String resource, Optional<EventSource> format) {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = CollectingSink.class.getResourceAsStream("/earlywarning/" + resource)) {
            sink.summary = new EventFileReader(CODES).read(in, format, "23.1", sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink;
    }

    static CollectingSink readText(String text) {
        CollectingSink sink = new CollectingSink();
        InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sink.summary = new EventFileReader(CODES).read(in, Optional.empty(), "test", sink);
        return sink;
    }
}
