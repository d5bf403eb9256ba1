package org.gsi.earlywarning.internal.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.Message;

/** The file matches none of the layouts the platform reads; the message names every expected layout. */
public class UnrecognisedFormatException extends RuntimeException {

    private final transient Message words;

    public UnrecognisedFormatException(Message words) {
        super(words.english());
        this.words = words;
    }

    /** The reason, to be put into the reader's words. */
    public Message words() {
        return words;
    }

    static UnrecognisedFormatException forFirstLine(String firstLine) {
        return new UnrecognisedFormatException(
                Message.of("earlywarning.refused.noLayout", abbreviate(firstLine), expectedLayouts()));
    }

    static String expectedLayouts() {
        return Arrays.stream(EventSource.values())
                .map(s -> s.formatKey() + " = " + s.layout())
                .collect(Collectors.joining("; "));
    }

    private static String abbreviate(String line) {
        String visible = line.replace("\t", "\\t");
        return visible.length() <= 80 ? visible : visible.substring(0, 80) + "...";
    }
}
