package org.gsi.notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to tell someone, kept as message keys and arguments and put into words in each reader's language when it is
 * read: the inbox, the unread count and the e-mail never carry a sentence fixed in one language.
 *
 * @param kind a short machine-readable kind, e.g. {@code consent-requested}; its words are the messages
 *     {@code notice.<kind>.title} and {@code notice.<kind>.body} of the bundles, in all six languages
 * @param args the messages' arguments, each a {@link String} (user content, shown as written), a {@link Number}, a
 *     {@link LocalDate}, a {@link MessageKey} (a word of the bundles, such as a status), a {@link
 *     org.gsi.platform.Message} (a sentence of the bundles with its own arguments, such as an alert's explanation) or
 *     a {@link Translations} (a text the record keeps in several languages)
 * @param link where in the platform to act on it (a path such as {@code /projects/42})
 * @param readers which parties may read the record the notice is about: a recipient whose party may not is never
 *     sent it, so a notice carries nothing its reader could not open
 * @param once a key naming what happened (e.g. {@code delivery-recorded:<id>}): a notice with the same key reaches
 *     each recipient at most once, however often it is sent, so a listener that hears an event again after a crash
 *     tells nobody twice; {@code null} for none
 */
public record Notice(String kind, List<Object> args, String link, Readers readers, String once) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(readers, "readers: say who may read what the notice is about");
        args = List.copyOf(args);
        args.forEach(Notice::requireKnownType);
    }

    public Notice(String kind, List<Object> args, String link, Readers readers) {
        this(kind, args, link, readers, null);
    }

    /** This notice, sent to each recipient at most once under {@code key}. */
    public Notice once(String key) {
        return new Notice(kind, args, link, readers, Objects.requireNonNull(key, "key"));
    }

    /** A notice of {@code kind} about a record that the {@code readers} may read. */
    public static Notice of(String kind, String link, Readers readers, Object... args) {
        List<Object> list = new ArrayList<>();
        for (Object a : args) {
            list.add(Objects.requireNonNull(a, "a notice argument"));
        }
        return new Notice(kind, list, link, readers);
    }

    public String titleKey() {
        return "notice." + kind + ".title";
    }

    public String bodyKey() {
        return "notice." + kind + ".body";
    }

    private static void requireKnownType(Object arg) {
        if (!(arg instanceof String
                || arg instanceof Integer
                || arg instanceof Long
                || arg instanceof BigDecimal
                || arg instanceof LocalDate
                || arg instanceof MessageKey
                || arg instanceof org.gsi.platform.Message
                || arg instanceof Translations)) {
            throw new IllegalArgumentException("A notice argument must be text, a number, a date, a message key, a"
                    + " message or translations, not " + arg.getClass().getName());
        }
    }

    /** An argument that is itself a word of the bundles (a status, a role), translated for the reader. */
    public record MessageKey(String key) {
        public MessageKey {
            Objects.requireNonNull(key, "key");
        }
    }

    /** An argument the record keeps in several languages (language code to text); the reader's is shown. */
    public record Translations(Map<String, String> texts) {
        public Translations {
            texts = Map.copyOf(texts);
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("Translations need at least one text");
            }
        }
    }
}
