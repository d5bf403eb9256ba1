/**
 * Cooperation projects in the twenty priority areas of the Global Security Initiative: participants and their
 * consent, lifecycle, results, money and exchange with IATI 2.03 activity files.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "taxonomy", "audit", "notifications", "concerns"})
package org.gsi.cooperation;
