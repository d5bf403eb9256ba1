package org.gsi.cooperation.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Which failures while writing an activity say nothing about the activity: the database connection was lost or could
 * not be had, the transaction could not begin, commit or roll back, or the database asked for the work to be tried
 * again (a lock, a deadlock, a serialization conflict, a shortage of resources). Such a failure ends the attempt of
 * the job, which a later attempt takes up past the activities already written; any other failure is the activity's
 * refusal, reported with its reason.
 */
final class TransientFailures {

    /**
     * Classes of SQLSTATE that are the database's state, not the data's: connection exception, transaction rollback
     * (serialization failure, deadlock), insufficient resources, program limit reached by the server, operator
     * intervention (shutdown, crash), system error; {@code 55P03} is a lock that could not be had.
     */
    private static final List<String> STATES = List.of("08", "40", "53", "57", "58", "55P03");

    private TransientFailures() {}

    /** Whether {@code failure}, or any failure that caused it, is one of these. */
    static boolean transientFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransactionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && databaseState(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean databaseState(String state) {
        return state != null && STATES.stream().anyMatch(state::startsWith);
    }
}
