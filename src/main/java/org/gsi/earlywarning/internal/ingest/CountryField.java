package org.gsi.earlywarning.internal.ingest;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The country of a row from its numeric code, or, where the code is missing, not a number or unknown, from the
 * country's name as the source writes it (with a warning that says so). A row with neither is rejected: it cannot
 * be placed.
 */
final class CountryField {

    private CountryField() {}

    /**
     * @param codeField the code column's name, e.g. {@code country_id}
     * @param byCode the country of a code, empty when unknown
     * @param unknownCode the rejection's words for a code that is not known, e.g. "unknown ISO 3166 numeric code 9"
     */
    static String of(
            String codeField,
            String code,
            IntFunction<Optional<String>> byCode,
            IntFunction<String> unknownCode,
            String name,
            CountryCodes countries,
            RowNotes notes) {
        String codeText = FieldValues.optional(code);
        Optional<Integer> number = number(codeText);
        Optional<String> coded = number.flatMap(byCode::apply);
        if (coded.isPresent()) {
            return coded.get();
        }
        String nameText = FieldValues.optional(name);
        Optional<String> named = countries.fromName(nameText);
        if (named.isPresent()) {
            notes.warn(codeField, RowWarning.Kind.COUNTRY_FROM_NAME, codeText, nameText, named.get());
            return named.get();
        }
        String why = codeText.isEmpty()
                ? codeField + " is empty"
                : number.map(unknownCode::apply).orElse(codeField + " '" + codeText + "' is not a whole number");
        throw new RowRejectedException(
                nameText.isEmpty() ? why : why + " and country '" + nameText + "' is not a known name");
    }

    private static Optional<Integer> number(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
