package org.gsi.screening;

import java.util.UUID;

/**
 * A new version of a screening list was imported: saved names and the platform's own people are screened again.
 *
 * @param list the list's id ({@code un-sc} or a national list's id)
 * @param version the id of the version now current
 * @param number its number in the list's history, from 1
 */
public record ScreeningListImported(String list, UUID version, int number) {}
