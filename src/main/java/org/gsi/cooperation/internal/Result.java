package org.gsi.cooperation.internal;

import java.util.List;

/** A result a project pursues (IATI ResultType: 1 output, 2 outcome, 3 impact, 9 other) and its indicators. */
public record Result(LocalizedText title, int type, List<Indicator> indicators) {

    public Result {
        title.requireNotEmpty("result.title");
        indicators = List.copyOf(indicators);
    }
}
