package org.gsi.earlywarning.internal.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;

/**
 * Reads an event file of any supported layout as a stream: unpacks it when it is gzip-compressed ({@code .csv.gz},
 * told by its first bytes, not its name), removes a UTF-8 byte order mark, detects the layout when none is given,
 * and passes every row to the sink as an event or a rejection. Memory use does not grow with the file.
 */
public final class EventFileReader {

    private static final int BUFFER = 1 << 16;
    private static final int DETECTION_LIMIT = 1 << 20;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final CountryCodes countries;

    public EventFileReader(CountryCodes countries) {
        this.countries = countries;
    }

    /**
     * @param format the layout, or empty to detect it from the first line
     * @param sourceVersion the data release (e.g. {@code 23.1}) for sources whose rows do not carry one
     * @throws UnrecognisedFormatException when no layout matches; the message names the expected layouts
     */
    public IngestSummary read(InputStream in, Optional<EventSource> format, String sourceVersion, EventSink sink) {
        try {
            BufferedReader reader = reader(in);
            skipByteOrderMark(reader);
            EventSource source = format.isPresent() ? format.get() : FormatDetector.detect(firstLine(reader));
            CountingSink counting = new CountingSink(sink);
            parser(source, sourceVersion).parse(reader, counting);
            return counting.summary(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tells the layout of a file from its first line without reading further.
     *
     * @throws UnrecognisedFormatException when no layout matches; the message names the expected layouts
     */
    public static EventSource detect(InputStream in) {
        try {
            BufferedReader reader = reader(in);
            skipByteOrderMark(reader);
            return FormatDetector.detect(firstLine(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that the file's header row has every column the layout needs, before any row is imported.
     *
     * @throws UnrecognisedFormatException naming every missing column
     */
    public void checkHeader(InputStream in, EventSource layout) {
        try {
            BufferedReader reader = reader(in);
            skipByteOrderMark(reader);
            String first = firstLine(reader);
            // the first line alone: a header is checked, a first data row (headerless layouts) is only parsed
            parser(layout, "").parse(new StringReader(first), new EventSink() {
                @Override
                public void accepted(Event event) {}

                @Override
                public void rejected(RejectedRow row) {}
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text, unpacked first when it is gzip-compressed. */
    private static BufferedReader reader(InputStream in) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, BUFFER);
        bytes.mark(2);
        boolean gzip = bytes.read() == GZIP_MAGIC_1 && bytes.read() == GZIP_MAGIC_2;
        bytes.reset();
        InputStream text = gzip ? new GZIPInputStream(bytes, BUFFER) : bytes;
        return new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), BUFFER);
    }

    private EventParser parser(EventSource source, String sourceVersion) {
        return switch (source) {
            case UCDP_GED -> new UcdpGedParser(countries, sourceVersion);
            case ACLED -> new AcledParser(countries, sourceVersion);
            case GDELT1, GDELT2 -> new GdeltParser(source, countries);
            case INCIDENTS -> new IncidentReportParser(countries, sourceVersion);
        };
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        reader.mark(DETECTION_LIMIT);
        char[] buffer = new char[4096];
        StringBuilder line = new StringBuilder();
        int n;
        outer:
        while (line.length() < DETECTION_LIMIT - buffer.length && (n = reader.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n' || buffer[i] == '\r') {
                    line.append(buffer, 0, i);
                    break outer;
                }
            }
            line.append(buffer, 0, n);
        }
        reader.reset();
        return line.toString();
    }
}
