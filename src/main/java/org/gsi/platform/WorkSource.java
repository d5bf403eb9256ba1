package org.gsi.platform;

/**
 * One kind of task that waits for a user (consents to give, minutes to approve, …), contributed by the module that
 * owns the records as a bean, for the home page. The module applies its own reading rule and role: a source lists
 * only tasks on records the user may read and may act on.
 */
public interface WorkSource {

    /** The kind, also the suffix of its label's message key {@code work.kind.<kind>}. */
    String kind();

    /** Position among the kinds on the home page, smaller first. */
    int order();

    /**
     * What waits for {@code actor}: the most urgent first (earliest deadline, then oldest), at most {@code limit},
     * and how many in all.
     *
     * @param language the reader's language, for titles kept in several languages
     */
    WorkList pending(Actor actor, String language, int limit);
}
