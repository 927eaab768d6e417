-- PostgreSQL's JIT compiler judges the ranking of 10,000 outlets expensive enough to compile, and the compiling
-- then costs four times the query: 364 ms of 461 ms for quality_ranking over a quarter (bench/quality.sh, 10,000
-- outlets, 10,000,000 repairs), 94 ms without. Both functions read a few tens of thousands of monthly rows; they
-- never profit from compiled expressions. A SET clause also keeps them from being inlined into the caller's plan,
-- so the caller's query stays cheap enough not to be compiled either.
ALTER FUNCTION quality_rank(bigint, date, date) SET jit = off;

-- The ranking again, without JIT as above, and with one change of order: an outlet with nothing to measure in the
-- period (no closed repair, no request, no callback) ranks after every measured one, instead of first with a
-- quality index of 0 that it did not earn.
CREATE OR REPLACE FUNCTION quality_ranking(p_from date, p_to date)
    RETURNS TABLE (outlet_id bigint, province_id bigint, closed bigint, requests bigint, missed bigint, complaints bigint,
                   callbacks bigint, dissatisfied bigint, overcharged bigint, charged_in_warranty bigint, repeats bigint,
                   quality_index numeric, network_rank bigint, network_size bigint, province_rank bigint, province_size bigint)
    LANGUAGE sql STABLE
    SET jit = off
    AS $$
    WITH totals AS (
        SELECT o.id, pv.province_id,
               coalesce(q.closed, 0) AS closed, coalesce(q.requests, 0) AS requests, coalesce(q.missed, 0) AS missed,
               coalesce(q.complaints, 0) AS complaints, coalesce(q.callbacks, 0) AS callbacks,
               coalesce(q.dissatisfied, 0) AS dissatisfied, coalesce(q.overcharged, 0) AS overcharged,
               coalesce(q.charged_in_warranty, 0) AS charged_in_warranty, coalesce(q.repeats, 0) AS repeats
        FROM outlet o
        LEFT JOIN (SELECT m.outlet_id, sum(m.closed) AS closed, sum(m.requests) AS requests, sum(m.missed) AS missed,
                          sum(m.complaints) AS complaints, sum(m.callbacks) AS callbacks, sum(m.dissatisfied) AS dissatisfied,
                          sum(m.overcharged) AS overcharged, sum(m.charged_in_warranty) AS charged_in_warranty,
                          sum(m.repeats) AS repeats
                   FROM quality_month m WHERE m.month >= date_trunc('month', p_from) AND m.month <= p_to
                   GROUP BY m.outlet_id) q ON q.outlet_id = o.id
        LEFT JOIN LATERAL (SELECT coalesce(g.id, p.id, r.id) AS province_id
                           FROM region_assignment a JOIN region r ON r.id = a.region_id
                           LEFT JOIN region p ON p.id = r.parent_id LEFT JOIN region g ON g.id = p.parent_id
                           WHERE a.outlet_id = o.id AND a.valid_to IS NULL ORDER BY a.id LIMIT 1) pv ON true
        WHERE o.status IN ('ACTIVE', 'PROBATION')
    ), indexed AS (
        SELECT t.*,
               round(coalesce(t.complaints::numeric / nullif(t.closed, 0), 0) / greatest(s.watch_complaint_rate, 0.0001)
                   + coalesce(t.missed::numeric / nullif(t.requests, 0), 0) / greatest(s.watch_omission_rate, 0.0001)
                   + coalesce(t.dissatisfied::numeric / nullif(t.callbacks, 0), 0) / greatest(s.watch_dissatisfaction_rate, 0.0001), 4)
                   AS quality_index,
               (t.closed = 0 AND t.requests = 0 AND t.callbacks = 0) AS unmeasured
        FROM totals t CROSS JOIN quality_setting s
    )
    SELECT i.id, i.province_id, i.closed, i.requests, i.missed, i.complaints, i.callbacks, i.dissatisfied, i.overcharged,
           i.charged_in_warranty, i.repeats, i.quality_index,
           rank() OVER (ORDER BY i.unmeasured, i.quality_index, i.id), count(*) OVER (),
           rank() OVER (PARTITION BY i.province_id ORDER BY i.unmeasured, i.quality_index, i.id), count(*) OVER (PARTITION BY i.province_id)
    FROM indexed i
$$;
