/**
 * Users, each acting for exactly one party with one role; form login, bearer tokens, login throttling; the
 * acting party of every request. Operators manage users from the command line too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "registry", "audit"})
package org.gsi.identity;
