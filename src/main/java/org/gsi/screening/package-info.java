/**
 * Screening against designated individuals and entities: the UN Security Council Consolidated List and national
 * lists with their versions and change reports, explained name matching across scripts, checks with their
 * decisions, batches, and re-screening of saved names and of the platform's own people when a list changes.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "audit", "notifications", "registry", "training", "meetings", "cooperation"})
package org.gsi.screening;
