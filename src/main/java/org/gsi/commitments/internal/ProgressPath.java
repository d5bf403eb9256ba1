package org.gsi.commitments.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gsi.commitments.ProgressPoint;

/**
 * A pledge's progress over time: one point at the start of the period, one each month after it,
 * and one on the last day considered (the given day, or the period's end if earlier).
 */
final class ProgressPath {

    private final StatusPolicy policy;

    ProgressPath(StatusPolicy policy) {
        this.policy = policy;
    }

    List<ProgressPoint> of(Pledge pledge, LocalDate asOf) {
        Period period = pledge.terms().period();
        LocalDate last = asOf.isAfter(period.end()) ? period.end() : asOf;
        List<ProgressPoint> points = new ArrayList<>();
        for (LocalDate day = period.start(); !day.isAfter(last); day = day.plusMonths(1)) {
            points.add(point(pledge, day));
        }
        if (!points.isEmpty() && !points.get(points.size() - 1).date().equals(last)) {
            points.add(point(pledge, last));
        }
        return points;
    }

    private ProgressPoint point(Pledge pledge, LocalDate day) {
        PledgeTerms terms = pledge.terms();
        return new ProgressPoint(
                day,
                pledge.deliveredBy(day),
                policy.expected(terms.target(), terms.period(), day),
                pledge.statusOn(day, policy));
    }
}
