package org.gsi.cooperation.internal;

import java.util.regex.Pattern;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/**
 * A United Nations document symbol of a resolution or mandate: Security Council {@code S/RES/2664 (2022)},
 * General Assembly {@code A/RES/76/234} (session/number, optionally with a letter {@code A/RES/ES-11/1}), Human
 * Rights Council {@code A/HRC/RES/52/1}, Economic and Social Council {@code E/RES/2023/1}.
 */
public record ResolutionSymbol(String value) {

    private static final Pattern SECURITY_COUNCIL = Pattern.compile("S/RES/\\d{1,4} \\((19|20)\\d{2}\\)");
    private static final Pattern GENERAL_ASSEMBLY = Pattern.compile("A/RES/(ES-|S-)?\\d{1,2}/\\d{1,3}[A-Z]?");
    private static final Pattern HUMAN_RIGHTS_COUNCIL = Pattern.compile("A/HRC/RES/(S-)?\\d{1,2}/\\d{1,3}");
    private static final Pattern ECONOMIC_AND_SOCIAL = Pattern.compile("E/RES/(19|20)\\d{2}/\\d{1,3}");

    public ResolutionSymbol {
        String symbol = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (!(SECURITY_COUNCIL.matcher(symbol).matches()
                || GENERAL_ASSEMBLY.matcher(symbol).matches()
                || HUMAN_RIGHTS_COUNCIL.matcher(symbol).matches()
                || ECONOMIC_AND_SOCIAL.matcher(symbol).matches())) {
            throw new InvalidFieldException(
                    "resolutions", Message.of("cooperation.refused.resolution", String.valueOf(value)));
        }
        value = symbol;
    }

    public static ResolutionSymbol of(String value) {
        return new ResolutionSymbol(value);
    }
}
