package org.gsi.platform;

import java.util.List;
import java.util.Map;

/**
 * A form the platform refused, as its page shows it again: which form, the field the reason names (empty when the
 * reason concerns the whole form), the reason in the reader's language, and every value typed (passwords excepted).
 * Pages read it as {@code ${refused}}; on a first showing it is {@link #NONE} and each field shows its default.
 *
 * @param form the form's name, also the prefix of its field messages ({@code <form>.error.<field>})
 */
public record FormRefusal(String form, String field, String message, Map<String, List<String>> values) {

    /** No form was refused: fields show their defaults. */
    public static final FormRefusal NONE = new FormRefusal("", "", "", Map.of());

    public FormRefusal {
        values = Map.copyOf(values);
    }

    /** Whether a form was refused. */
    public boolean refused() {
        return !form.isEmpty();
    }

    /** This refusal if it is of {@code name}, otherwise {@link #NONE}: for pages with several forms. */
    public FormRefusal in(String name) {
        return form.equals(name) ? this : NONE;
    }

    /** Whether the reason concerns {@code name}, so the page shows it next to that field. */
    public boolean on(String name) {
        return refused() && field.equals(name);
    }

    /** The value typed into {@code name}; empty when none was. */
    public String value(String name) {
        return value(name, "");
    }

    /** The value typed into {@code name} after a refusal, or {@code otherwise} on a first showing. */
    public String value(String name, Object otherwise) {
        if (!refused()) {
            return otherwise == null ? "" : otherwise.toString();
        }
        List<String> typed = values.getOrDefault(name, List.of());
        return typed.isEmpty() ? "" : typed.get(0);
    }

    /** Whether {@code option} was chosen in {@code name} after a refusal, or {@code otherwise} on a first showing. */
    public boolean chose(String name, Object option, boolean otherwise) {
        if (!refused()) {
            return otherwise;
        }
        return option != null && values.getOrDefault(name, List.of()).contains(option.toString());
    }

    /** Every value of a field that takes several (a multiple select, checkboxes). */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }
}
