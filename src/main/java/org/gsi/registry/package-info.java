/**
 * The registry of parties - every country and area of UN M49, the organisations and mechanisms named in the
 * Concept Paper with their memberships over time, forums, institutions and NGOs - and the contact points each
 * party publishes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "taxonomy", "audit"})
package org.gsi.registry;
