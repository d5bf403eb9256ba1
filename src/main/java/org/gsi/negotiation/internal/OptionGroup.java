package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gsi.negotiation.OptionId;

/** A bracket: the alternatives proposed for one span, shown as Option 1, Option 2, … */
final class OptionGroup {

    private final Span span;
    private final List<AmendmentOption> options = new ArrayList<>();

    OptionGroup(Span span) {
        this.span = span;
    }

    Span span() {
        return span;
    }

    List<AmendmentOption> options() {
        return Collections.unmodifiableList(options);
    }

    void add(AmendmentOption option) {
        options.add(option);
    }

    void remove(AmendmentOption option) {
        options.remove(option);
    }

    boolean isEmpty() {
        return options.isEmpty();
    }

    Optional<AmendmentOption> find(OptionId id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
