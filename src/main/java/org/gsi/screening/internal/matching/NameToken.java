package org.gsi.screening.internal.matching;

/**
 * One word of a normalized name.
 *
 * @param original the word as the name wrote it (after transliteration), for explanations
 * @param text the word in canonical Latin spelling ({@code muhammad} for Mohammed)
 * @param skeleton its consonant key ({@link Skeleton}), equal for most transliterations of one name
 * @param weight how much the word counts: 1 for a name, less for common names, particles, generic words
 * @param position its place in the name, from 0
 * @param kind what kind of word it is
 * @param abjad whether it was written in a script without short vowels (Arabic, Persian, Hebrew)
 */
public record NameToken(
        String original, String text, String skeleton, double weight, int position, Kind kind, boolean abjad) {

    public enum Kind {
        NAME,
        COMMON,
        PARTICLE,
        INITIAL,
        GENERIC
    }

    public boolean initial() {
        return kind == Kind.INITIAL;
    }
}
