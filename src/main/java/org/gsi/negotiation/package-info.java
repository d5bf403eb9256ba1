/**
 * Negotiated texts: paragraphs, amendments shown as bracketed options, positions of parties on a
 * gradient of agreement, decision rules, readings and adoption; and polls among the members of a
 * mechanism for decisions outside texts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "audit", "notifications", "dialogue"})
package org.gsi.negotiation;
