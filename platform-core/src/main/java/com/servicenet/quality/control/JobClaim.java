package com.servicenet.quality.control;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Once per cluster for jobs that run every few minutes: a node claims the job's {@code quality_job} row with
 * {@code FOR UPDATE SKIP LOCKED} in its own transaction. If another node holds it (working) or ran it less than
 * {@code everySeconds} ago, this node skips; a node that dies mid-run rolls its claim back with its work.
 */
final class JobClaim {

    private JobClaim() {
    }

    static boolean claim(EntityManager em, String job, long everySeconds, String node) {
        List<?> due = em.createNativeQuery("SELECT 1 FROM quality_job WHERE job = ?1 "
                        + "AND (ran_at IS NULL OR ran_at <= now() - make_interval(secs => ?2)) FOR UPDATE SKIP LOCKED")
                .setParameter(1, job).setParameter(2, everySeconds).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        em.createNativeQuery("UPDATE quality_job SET ran_at = now(), node = ?2 WHERE job = ?1")
                .setParameter(1, job).setParameter(2, node).executeUpdate();
        return true;
    }

    /**
     * Waits for the job's row, for HQ's manual runs: a run by hand and the scheduled one never overlap (two
     * recomputes of one month would both delete it, then both insert it), and the watermark moves in one order.
     */
    static void hold(EntityManager em, String job) {
        em.createNativeQuery("SELECT 1 FROM quality_job WHERE job = ?1 FOR UPDATE").setParameter(1, job).getResultList();
    }

    static void outcome(EntityManager em, String job, String outcome) {
        em.createNativeQuery("UPDATE quality_job SET outcome = ?2 WHERE job = ?1").setParameter(1, job).setParameter(2, outcome).executeUpdate();
    }
}
