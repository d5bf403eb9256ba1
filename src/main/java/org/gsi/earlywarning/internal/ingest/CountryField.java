package org.gsi.earlywarning.internal.ingest;

import java.util.Optional;
import java.util.function.IntFunction;
import org.gsi.earlywarning.RejectedRow;

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
     * @param stateWithoutIsoCode the name of the state a code stands for when the code is a state's that has no ISO
     *     3166 alpha-3 code (a state of the past), empty otherwise
     */
    static String of(
            String codeField,
            String code,
            IntFunction<Optional<String>> byCode,
            IntFunction<Optional<String>> stateWithoutIsoCode,
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
        if (codeText.isEmpty() && nameText.isEmpty()) {
            throw new RowRejectedException(RejectedRow.Kind.COUNTRY_EMPTY, codeField);
        }
        Optional<String> state = number.flatMap(stateWithoutIsoCode::apply);
        if (state.isPresent()) {
            throw new RowRejectedException(
                    RejectedRow.Kind.COUNTRY_WITHOUT_ISO_CODE, codeField, codeText, state.get(), nameText);
        }
        throw new RowRejectedException(RejectedRow.Kind.COUNTRY_UNKNOWN, codeField, codeText, nameText);
    }

    private static Optional<Integer> number(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
