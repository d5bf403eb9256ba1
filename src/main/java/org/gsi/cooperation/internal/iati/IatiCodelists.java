package org.gsi.cooperation.internal.iati;

import java.util.Map;
import java.util.stream.Collectors;
import org.gsi.platform.Message;

/**
 * The IATI 2.03 codelists the reader checks codes against. A code outside its codelist is reported with the name
 * of the codelist and the codes it allows, so that a publisher can correct the file.
 */
final class IatiCodelists {

    static final Codelist ORGANISATION_ROLE =
            new Codelist("OrganisationRole", Map.of(1, "Funding", 2, "Accountable", 3, "Extending", 4, "Implementing"));
    static final Codelist ACTIVITY_STATUS = new Codelist(
            "ActivityStatus",
            Map.of(
                    1,
                    "Pipeline/identification",
                    2,
                    "Implementation",
                    3,
                    "Finalisation",
                    4,
                    "Closed",
                    5,
                    "Cancelled",
                    6,
                    "Suspended"));
    static final Codelist ACTIVITY_DATE_TYPE = new Codelist(
            "ActivityDateType", Map.of(1, "Planned start", 2, "Actual start", 3, "Planned End", 4, "Actual end"));
    static final Codelist BUDGET_TYPE = new Codelist("BudgetType", Map.of(1, "Original", 2, "Revised"));
    static final Codelist RESULT_TYPE =
            new Codelist("ResultType", Map.of(1, "Output", 2, "Outcome", 3, "Impact", 9, "Other"));
    static final Codelist INDICATOR_MEASURE = new Codelist(
            "IndicatorMeasure", Map.of(1, "Unit", 2, "Percentage", 3, "Nominal", 4, "Ordinal", 5, "Qualitative"));

    private IatiCodelists() {}

    /** A numeric IATI codelist: its name and its codes with their names. */
    record Codelist(String name, Map<Integer, String> codes) {

        /** The code of {@code attribute}, or an error naming this codelist and the codes it allows. */
        int code(String attribute, String value) {
            String text = value == null ? "" : value.strip();
            try {
                int code = Integer.parseInt(text);
                if (codes.containsKey(code)) {
                    return code;
                }
            } catch (NumberFormatException e) {
                // named below, with the codes the codelist allows
            }
            throw new UnreadablePart(Message.of("cooperation.iati.notInCodelist", attribute, text, name, allowed()));
        }

        private String allowed() {
            return codes.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }
}
