package org.gsi.cooperation.internal.iati;

import java.util.Optional;
import org.gsi.cooperation.internal.Transaction;

/** A transaction element, with the IATI provider and receiver organisations as given. */
public record IatiTransaction(Transaction transaction, Optional<IatiOrg> provider, Optional<IatiOrg> receiver) {}
