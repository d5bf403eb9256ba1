/**
 * Dialogue tracks for differences, disputes and hotspot issues: consultation sessions with minutes
 * approved by every party concerned, good offices and mediation only by consent of all parties
 * concerned, and confidence-building measures with implementation reports.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "audit", "notifications"})
package org.gsi.dialogue;
