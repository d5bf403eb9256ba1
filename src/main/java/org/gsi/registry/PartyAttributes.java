package org.gsi.registry;

/**
 * What beneficiary rules need to know about a party. The registry answers it from its M49
 * groupings and memberships; tests answer it from a map.
 */
public interface PartyAttributes {

    /** Whether the party belongs to the grouping (M49 LDC, LLDC, SIDS, developing). */
    boolean isIn(PartyCode party, CountryGroup group);

    /** Whether the party is a current member of the mechanism (e.g. "sco", "au"). */
    boolean isMemberOf(PartyCode party, String mechanism);
}
