/**
 * Notifications: an in-app inbox for every user (consent requests, concerns raised, deadlines, alerts), and
 * e-mail through SMTP when it is configured (written to the log otherwise).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity"})
package org.gsi.notifications;
