package com.servicenet.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes database rules answer like Java rules. A write is flushed at once, and a violated PostgreSQL
 * constraint is turned into the business refusal its name stands for; the transaction is rolled back
 * either way, so nothing is half-written.
 */
public final class Constraints {

    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    /**
     * @param explain maps the SQLState of a violated constraint to the exception to throw instead, or
     *                returns null to let the original failure through
     */
    public static void flush(EntityManager em, Function<String, RuntimeException> explain) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            RuntimeException refusal = sqlState(failure).map(explain).orElse(null);
            throw refusal != null ? refusal : failure;
        }
    }

    static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #flush(EntityManager, Function)}, for tables with several constraints of one kind: the
     * function gets the name of the violated constraint.
     */
    public static void flushNamed(EntityManager em, Function<String, RuntimeException> explainByConstraint) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            RuntimeException refusal = constraint(failure).map(explainByConstraint).orElse(null);
            throw refusal != null ? refusal : failure;
        }
    }

    /** The name of the constraint PostgreSQL reports as violated, if the failure is such a violation. */
    public static Optional<String> constraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a batched insert reports the statement's own exception as the batch's next exception
            for (Throwable sql = cause; sql instanceof SQLException next; sql = next.getNextException()) {
                if (sql instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                        && psql.getServerErrorMessage().getConstraint() != null) {
                    return Optional.of(psql.getServerErrorMessage().getConstraint());
                }
            }
        }
        return Optional.empty();
    }
}
