package org.gsi.registry;

/** A party's names, short name or description were changed by the secretariat. */
public record PartyUpdated(String code) implements PartyNamed {}
