package org.gsi.cooperation.internal.iati;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Watches the bytes of a file on their way to the XML parser and notes where each {@code <iati-activity} starts
 * and the identifier that follows it. When the file stops being well-formed, the rest is read through the same
 * watch, so that every activity the parser could not reach is still known by its line and identifier.
 */
final class ActivityScanner extends FilterInputStream {

    /** An activity start found in the raw bytes: its line and, when one followed, its identifier. */
    record Start(int line, Optional<String> identifier) {}

    private static final byte[] ACTIVITY = "<iati-activity".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IDENTIFIER = "<iati-identifier>".getBytes(StandardCharsets.US_ASCII);

    private final List<Integer> lines = new ArrayList<>();
    private final List<String> identifiers = new ArrayList<>();
    private int line = 1;
    private int activityLine;
    private int activityMatched;
    private int identifierMatched;
    private boolean afterActivityName;
    private ByteArrayOutputStream identifier;

    ActivityScanner(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            watch((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            watch(buffer[offset + i]);
        }
        return n;
    }

    /** Reads what the parser left unread, noting the activities in it. */
    void drain() {
        byte[] buffer = new byte[8192];
        try {
            while (read(buffer, 0, buffer.length) >= 0) {
                // every byte goes through watch()
            }
        } catch (IOException e) {
            // what could be read has been noted
        }
    }

    /** Every activity start seen so far, in file order. */
    List<Start> starts() {
        List<Start> starts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            starts.add(new Start(lines.get(i), Optional.ofNullable(identifiers.get(i))));
        }
        return starts;
    }

    private void watch(byte b) {
        if (identifier != null) {
            if (b == '<') {
                String id = identifier.toString(StandardCharsets.UTF_8).strip();
                identifiers.set(identifiers.size() - 1, id.isEmpty() ? null : id);
                identifier = null;
            } else if (identifier.size() < 1000) {
                identifier.write(b);
            }
        }
        if (afterActivityName) {
            afterActivityName = false;
            if (b == '>' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
                lines.add(activityLine);
                identifiers.add(null);
            }
        }
        activityMatched = step(b, ACTIVITY, activityMatched);
        if (activityMatched == ACTIVITY.length) {
            activityMatched = 0;
            afterActivityName = true;
            activityLine = line;
        }
        identifierMatched = step(b, IDENTIFIER, identifierMatched);
        if (identifierMatched == IDENTIFIER.length) {
            identifierMatched = 0;
            if (!identifiers.isEmpty() && identifiers.get(identifiers.size() - 1) == null) {
                identifier = new ByteArrayOutputStream();
            }
        }
        if (b == '\n') {
            line++;
        }
    }

    private static int step(byte b, byte[] word, int matched) {
        if (b == word[matched]) {
            return matched + 1;
        }
        return b == word[0] ? 1 : 0;
    }
}
