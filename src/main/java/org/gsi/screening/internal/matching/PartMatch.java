package org.gsi.screening.internal.matching;

/**
 * How one part of the asked name matched one part of a listed name.
 *
 * @param query the word (or words) of the asked name
 * @param candidate the word (or words) of the listed name
 * @param how why they are taken as the same: {@code same}, {@code variant} (a known spelling of the same name),
 *     {@code initial}, {@code consonants} (same consonants across scripts), {@code sounds-alike}, {@code similar}
 *     (spelling close), {@code joined} (written as one word on one side), {@code article} (al-/el- written
 *     together), {@code acronym}
 * @param similarity 0 to 1
 */
public record PartMatch(String query, String candidate, String how, double similarity) {}
