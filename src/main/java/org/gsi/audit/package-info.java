/**
 * The append-only audit trail: who, acting for which party, did what to which record and when - and which
 * attempts were refused. Secretariat administrators read all of it; a party's administrators their party's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.gsi.audit;
