/**
 * Training: providers' courses, the fair allocation of seats among eligible countries,
 * nominations, selection, enrolment, attendance, completion and verifiable certificates.
 * Every completion linked to a pledge counts once toward it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "taxonomy", "audit", "notifications", "commitments"})
package org.gsi.training;
