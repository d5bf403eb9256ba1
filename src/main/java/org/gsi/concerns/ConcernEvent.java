package org.gsi.concerns;

import java.time.Instant;

/** Something that happened to a security concern or to a consultation on it. */
public sealed interface ConcernEvent permits ConcernRegistered, ConcernRaised, ConcernAddressed, ConcernObjected {

    ConcernId concernId();

    Instant at();
}
