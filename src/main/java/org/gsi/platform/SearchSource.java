package org.gsi.platform;

/**
 * One kind of record that the global search looks through, contributed by the module that owns it as a bean. The
 * module applies its own reading rule: a source returns, and counts, only the records the reader may see.
 */
public interface SearchSource {

    /** The kind, also the suffix of its label's message key {@code search.kind.<kind>}. */
    String kind();

    /** Position among the kinds on the results page, smaller first. */
    int order();

    /**
     * The reader's best matches of {@code words} (at most {@code limit}) and how many there are.
     *
     * @param reader the reader's party code, empty for an anonymous reader
     * @param language the reader's language, for names kept in several languages
     */
    SearchResults search(String words, String reader, String language, int limit);
}
