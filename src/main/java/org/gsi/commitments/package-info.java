/**
 * Commitments: pledges made by parties, the deliveries reported against them, and progress
 * computed from those deliveries (never typed by hand).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "taxonomy", "audit", "notifications"})
package org.gsi.commitments;
