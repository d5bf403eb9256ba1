package org.gsi.registry;

/** A party was added to the registry by the secretariat. */
public record PartyRegistered(String code, PartyKind kind) implements PartyNamed {}
