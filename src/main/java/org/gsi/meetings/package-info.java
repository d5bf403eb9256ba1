/**
 * Meetings, conferences and forums: series, programme, delegations with capacity and waiting list,
 * outcome records, attendance and iCalendar feeds.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "audit", "notifications", "identity"})
package org.gsi.meetings;
