/**
 * Commitments: pledges made by parties, the deliveries reported against them, and progress
 * computed from those deliveries (never typed by hand).
 */
package org.gsi.commitments;
