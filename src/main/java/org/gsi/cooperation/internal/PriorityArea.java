package org.gsi.cooperation.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/** One of the twenty priority areas of cooperation of the Concept Paper, by its code "III.1" to "III.20". */
public record PriorityArea(String code) {

    private static final Pattern CODE = Pattern.compile("III\\.(\\d{1,2})");

    public PriorityArea {
        Matcher matcher = code == null ? null : CODE.matcher(code);
        if (matcher == null || !matcher.matches() || !inRange(Integer.parseInt(matcher.group(1)))) {
            throw new InvalidFieldException(
                    "priorityAreas", Message.of("cooperation.refused.priorityArea", String.valueOf(code)));
        }
    }

    private static boolean inRange(int number) {
        return number >= 1 && number <= 20;
    }

    public static PriorityArea of(String code) {
        return new PriorityArea(code);
    }

    public int number() {
        return Integer.parseInt(code.substring(4));
    }
}
