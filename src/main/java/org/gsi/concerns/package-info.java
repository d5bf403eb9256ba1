/**
 * Register of the legitimate security concerns of parties, and the consultation windows opened when a proposal
 * touches one of them: indivisible security as a rule of the platform.
 */
package org.gsi.concerns;
