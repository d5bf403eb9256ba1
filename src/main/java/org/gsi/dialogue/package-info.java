/**
 * Dialogue tracks for differences, disputes and hotspot issues: consultation sessions with minutes
 * approved by every party concerned, good offices and mediation only by consent of all parties
 * concerned, and confidence-building measures with implementation reports.
 */
package org.gsi.dialogue;
