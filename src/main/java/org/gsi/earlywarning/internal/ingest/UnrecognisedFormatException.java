package org.gsi.earlywarning.internal.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.gsi.earlywarning.EventSource;

/** The file matches none of the layouts the platform reads; the message names every expected layout. */
public class UnrecognisedFormatException extends RuntimeException {

    public UnrecognisedFormatException(String message) {
        super(message);
    }

    static UnrecognisedFormatException forFirstLine(String firstLine) {
        return new UnrecognisedFormatException("The file matches no known event layout. Its first line begins '"
                + abbreviate(firstLine) + "'. Expected one of: " + expectedLayouts());
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
