package org.gsi.taxonomy;

/**
 * One entry of the taxonomy.
 *
 * @param kind which list it belongs to
 * @param code the stable code ({@code III.13}, {@code cybersecurity}, {@code sovereignty}, {@code IV.4})
 * @param group for domains: {@code traditional} or {@code non-traditional}; empty otherwise
 * @param paperRef the section of the Concept Paper it comes from
 * @param name the English name (translated names come from the message bundles)
 * @param description a short description in English (translated descriptions come from the message bundles)
 */
public record Term(TermKind kind, String code, String group, String paperRef, String name, String description) {

    /** The message key of the translated name. */
    public String messageKey() {
        return "taxonomy." + code;
    }

    /** The message key of the translated description. */
    public String descriptionKey() {
        return "taxonomy." + code + ".description";
    }
}
