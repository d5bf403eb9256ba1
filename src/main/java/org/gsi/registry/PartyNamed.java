package org.gsi.registry;

/** A party got its names: it was registered, or its names were changed. Heard by those that keep names. */
public interface PartyNamed {

    String code();
}
