/**
 * Training: providers' courses, the fair allocation of seats among eligible countries,
 * nominations, selection, enrolment, attendance, completion and verifiable certificates.
 * Every completion linked to a pledge counts once toward it.
 */
package org.gsi.training;
