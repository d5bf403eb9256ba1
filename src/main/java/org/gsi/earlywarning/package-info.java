/**
 * Early warning: situations with their assessments, the event store fed by UCDP GED, ACLED, GDELT and incident
 * report files, monthly indicators per country, admin1 and PRIO-GRID cell, escalation alerts and fatality
 * forecasts with honest backtests.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "taxonomy", "audit", "identity", "notifications"})
package org.gsi.earlywarning;
