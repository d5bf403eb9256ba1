package org.gsi.earlywarning;

import java.util.Arrays;
import java.util.Optional;

/** Where an event came from; each source has its own file layout and its own id space. */
public enum EventSource {
    UCDP_GED(
            "ucdp-ged",
            "UCDP GED CSV (49 columns with header, older 41-column layout or a reduced extract with header naming at"
                    + " least id, date_start, type_of_violence, country_id or country, best; or headerless candidate"
                    + " file)"),
    ACLED("acled", "ACLED export CSV (31-column layout from event_id_cnty, or pre-2023 layout from data_id, iso)"),
    GDELT1("gdelt1", "GDELT 1.0 daily export (57 or 58 tab-separated columns, no header)"),
    GDELT2("gdelt2", "GDELT 2.0 15-minute export (61 tab-separated columns, no header)"),
    INCIDENTS("incidents", "incident report CSV (header starting report_id, category, occurred_on)");

    private final String formatKey;
    private final String layout;

    EventSource(String formatKey, String layout) {
        this.formatKey = formatKey;
        this.layout = layout;
    }

    /** The key used in import requests, e.g. {@code ucdp-ged}. */
    public String formatKey() {
        return formatKey;
    }

    /** A human description of the file layout this source is read from. */
    public String layout() {
        return layout;
    }

    public static Optional<EventSource> fromFormatKey(String key) {
        return Arrays.stream(values())
                .filter(s -> s.formatKey.equalsIgnoreCase(key))
                .findFirst();
    }
}
