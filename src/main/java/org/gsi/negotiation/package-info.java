/**
 * Negotiated texts: paragraphs, amendments shown as bracketed options, positions of parties on a
 * gradient of agreement, decision rules, readings and adoption; and polls among the members of a
 * mechanism for decisions outside texts.
 */
package org.gsi.negotiation;
