package org.gsi.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises trainees' personal data once the retention period ({@code gsi.training.retention}, ISO 8601, default
 * two years) has passed since their course ended: every night, on the secretariat's request and from the command
 * line. Name, function and contact are replaced; country, status, attendance, completion and the certificate code
 * stay, so counts, pledge deliveries and certificate verification keep working.
 */
@Component
class TraineeRetention {

    static final String SCHEDULER = "retention schedule";

    private final CourseStore store;
    private final AuditLog audit;
    private final Period retention;
    private final Clock clock;

    TraineeRetention(CourseStore store, AuditLog audit, @Value("${gsi.training.retention:P2Y}") Period retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("gsi.training.retention must be a positive period, not " + retention);
        }
        this.store = store;
        this.audit = audit;
        this.retention = retention;
        this.clock = Clock.systemUTC();
    }

    Period retention() {
        return retention;
    }

    /** The nightly run, in one transaction with its audit record. */
    @Transactional
    void scheduled() {
        anonymiseExpired(SCHEDULER);
    }

    /** Run now on the secretariat's request (administrators of all users only; 403 otherwise, audited). */
    @Transactional
    int anonymiseExpired(Actor actor) {
        actor.require(Permission.MANAGE_ALL_USERS, "anonymise", "nomination", "*");
        return anonymiseExpired(actor.username());
    }

    /** Anonymises every trainee of a course that ended before today minus the retention; returns how many. */
    @Transactional
    int anonymiseExpired(String operator) {
        LocalDate today = LocalDate.now(clock);
        LocalDate endedBefore = today.minus(retention);
        int done = 0;
        for (var id : store.withTraineesEndedBefore(endedBefore)) {
            Course course = store.load(id).orElseThrow();
            done += course.anonymiseAfter(retention, today);
            store.save(course);
        }
        if (done > 0) {
            audit.recordSystem(
                    operator,
                    "anonymise",
                    "nomination",
                    "*",
                    done + " trainees of courses ended before " + endedBefore + " anonymised (retention " + retention
                            + ")");
        }
        return done;
    }
}
