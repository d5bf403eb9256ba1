package org.gsi.cooperation.internal.iati;

import java.util.Optional;

/** An organisation as IATI names it: identifier, organisation type code and name, each optional. */
public record IatiOrg(Optional<String> ref, Optional<String> type, Optional<String> name) {}
