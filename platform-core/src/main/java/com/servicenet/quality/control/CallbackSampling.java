package com.servicenet.quality.control;

import com.servicenet.persistence.Columns;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Puts closed repairs into HQ's callback queue: a random sample of HQ's percentage, and every repair flagged as
 * overcharged, charged within warranty, or a repeat of the same appliance within the repeat window. Each closed
 * repair is considered once: the job keeps a watermark (closed_at, id) of how far it got. It takes repairs closed
 * at least {@code lagSeconds} ago, so that a close whose transaction commits late is not passed by a newer one.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CallbackSampling {

    public static final String JOB = "callback-sampling";
    static final int BATCH = 10_000;

    /** One run: how many closed repairs were considered, and how many of them were queued. */
    public record Run(boolean ran, long considered, long queued) {
        @Override
        public String toString() {
            return ran ? "considered " + considered + ", queued " + queued : "skipped";
        }
    }

    private static final String SAMPLE = """
            WITH job AS (SELECT watermark_at, watermark_id FROM quality_job WHERE job = 'callback-sampling'),
            s AS (SELECT callback_sample_percent AS pct, repeat_days FROM quality_setting WHERE id = 1),
            due AS (SELECT r.id, r.outlet_id, r.closed_at, r.overcharged, r.charged_in_warranty, r.category, r.serial_no, r.received_at
                    FROM repair_order r, job
                    WHERE r.status = 'CLOSED' AND r.closed_at >= job.watermark_at AND (r.closed_at, r.id) > (job.watermark_at, job.watermark_id)
                      AND r.closed_at <= now() - make_interval(secs => ?1)
                    ORDER BY r.closed_at, r.id LIMIT ?2),
            chosen AS (SELECT d.id, d.outlet_id,
                              concat_ws(',', CASE WHEN random() * 100 < s.pct THEN 'SAMPLE' END,
                                             CASE WHEN d.overcharged THEN 'OVERCHARGED' END,
                                             CASE WHEN d.charged_in_warranty THEN 'CHARGED_IN_WARRANTY' END,
                                             CASE WHEN EXISTS (SELECT 1 FROM repair_order e WHERE e.serial_no = d.serial_no
                                                                 AND e.category = d.category AND e.received_at < d.received_at
                                                                 AND e.received_at >= d.received_at - make_interval(days => s.repeat_days))
                                                  THEN 'REPEAT' END) AS reasons
                       FROM due d, s),
            queued AS (INSERT INTO callback (id, outlet_id, repair_id, reasons, queued_at, status)
                       SELECT nextval('callback_seq'), outlet_id, id, reasons, now(), 'OPEN' FROM chosen WHERE reasons <> ''
                       ON CONFLICT (repair_id) DO NOTHING RETURNING 1),
            last AS (SELECT closed_at, id FROM due ORDER BY closed_at DESC, id DESC LIMIT 1),
            moved AS (UPDATE quality_job q SET watermark_at = last.closed_at, watermark_id = last.id FROM last
                      WHERE q.job = 'callback-sampling' RETURNING 1)
            SELECT (SELECT count(*) FROM due), (SELECT count(*) FROM queued), (SELECT count(*) FROM moved)
            """;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    /** The scheduled run on a node: skipped if another node has it or ran it less than {@code everySeconds} ago. */
    public Run runDue(String node, long everySeconds, long lagSeconds) {
        if (!JobClaim.claim(em, JOB, everySeconds, node)) {
            return new Run(false, 0, 0);
        }
        Run run = sample(lagSeconds);
        JobClaim.outcome(em, JOB, run.toString());
        return run;
    }

    /** Considers closed repairs past the watermark, in batches, until none are left. HQ only (row-level security). */
    public Run sample(long lagSeconds) {
        JobClaim.hold(em, JOB);
        long considered = 0;
        long queued = 0;
        while (true) {
            Object[] r = (Object[]) em.createNativeQuery(SAMPLE).setParameter(1, lagSeconds).setParameter(2, BATCH).getSingleResult();
            considered += Columns.number(r[0]);
            queued += Columns.number(r[1]);
            if (Columns.number(r[0]) < BATCH) {
                return new Run(true, considered, queued);
            }
        }
    }
}
