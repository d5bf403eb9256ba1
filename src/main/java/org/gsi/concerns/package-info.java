/**
 * Register of the legitimate security concerns of parties, and the consultation windows opened when a proposal
 * touches one of them: indivisible security as a rule of the platform.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "taxonomy", "audit", "notifications"})
package org.gsi.concerns;
