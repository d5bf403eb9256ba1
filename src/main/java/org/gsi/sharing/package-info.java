/**
 * Information sharing under the sender's control: STIX 2.1 objects kept as sent with all their versions, TLP 2.0
 * and statement markings, sharing groups chosen by their owner, onward sharing only as far as the marking allows,
 * and a TAXII 2.1 server that existing tools use unchanged.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "audit", "notifications", "earlywarning", "cooperation"})
package org.gsi.sharing;
