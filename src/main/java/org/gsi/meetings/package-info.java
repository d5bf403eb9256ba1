/**
 * Meetings, conferences and forums of mechanisms: programme, documents, delegations and
 * registered participants with capacity and a waiting list, outcome records, attendance, and
 * iCalendar feeds that carry updates and cancellations.
 */
package org.gsi.meetings;
