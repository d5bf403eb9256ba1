package org.gsi.notifications;

/**
 * What to tell someone.
 *
 * @param kind a short machine-readable kind, e.g. {@code consent-requested}
 * @param title one line
 * @param body a few sentences (plain text)
 * @param link where in the platform to act on it (a path such as {@code /projects/42})
 */
public record Notice(String kind, String title, String body, String link) {}
