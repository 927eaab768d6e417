package com.servicenet.systemtests;

import java.sql.SQLException;

/**
 * Service-quality facts shared by the API and the browser tests: the hand-computed month of
 * QualityRatesTest.theSeededMonth, for a new outlet (code {@code "QS" + suffix}) in June 2026 in a district of its
 * own. Recomputed for 2026-06 its scorecard reads: 8 closed, 10 requests, 2 missed, 1 complaint (the rejected one
 * does not count), 4 callbacks, 1 dissatisfied, 1 overcharged, 1 repeat; complaint rate 12.5 %, omission rate 20 %,
 * dissatisfaction rate 25 %.
 */
final class QualityFixtures {

    private QualityFixtures() {
    }

    /** Seeds the month and returns the outlet's id; the caller recomputes June 2026 (quality/recompute?month=2026-06). */
    static long seededJune(String suffix) throws SQLException {
        long outlet = Fixtures.outlet("QS" + suffix, "ACTIVE");
        Fixtures.appointment(Fixtures.district("QS-" + suffix), outlet, "now()", "NULL");
        String insert = "INSERT INTO repair_order (id, outlet_id, ticket_no, status, service_type, category, model, serial_no, fault, "
                + "customer_name, customer_phone, received_at, diagnosed_at, closed_at, overcharged, warranty_coverage, created_by) "
                + "VALUES (nextval('repair_order_seq'), ?, ?, ?, 'IN_SHOP', 'AIR_CONDITIONER', 'QS-1', ?, 'E4 不制冷', '测试', '13800000000', "
                + "?::timestamptz, ?::timestamptz + ?::interval, ?::timestamptz, ?, 'UNKNOWN', 'fixture')";
        for (int i = 1; i <= 8; i++) {
            String received = "2026-06-05T0" + i + ":00:00Z";
            // R1, R2 diagnosed after 30 h against a 24 h promise: missed; R8 closed in the last second of June (Shanghai)
            Fixtures.update(insert, outlet, "R" + i + "-" + suffix, "CLOSED", "SN" + i + "-" + suffix, received, received,
                    i <= 2 ? "30 hours" : "1 hour", i == 8 ? "2026-06-30T15:59:59Z" : "2026-06-20T00:00:00Z", i == 3);
        }
        // R9 closed in the first second of July (Shanghai): a June request, a July close
        Fixtures.update(insert, outlet, "R9-" + suffix, "CLOSED", "SN9-" + suffix, "2026-06-10T02:00:00Z", "2026-06-10T02:00:00Z",
                "1 hour", "2026-06-30T16:00:00Z", false);
        // R10, the same appliance as R9 two days later: a repeat, counted against R9's outlet; not closed
        Fixtures.update(insert, outlet, "R10-" + suffix, "REPAIRED", "SN9-" + suffix, "2026-06-12T02:00:00Z", "2026-06-12T02:00:00Z",
                "1 hour", null, false);
        Fixtures.update("INSERT INTO complaint (id, tracking_code, outlet_id, source, category, severity, status, description, received_at, "
                + "due_at, created_by) VALUES (nextval('complaint_seq'), ?, ?, 'HOTLINE', 'DELAY', 'LOW', 'RECEIVED', 'x', "
                + "'2026-06-15T00:00:00Z', '2026-06-22T00:00:00Z', 'fixture')", "QA" + suffix + "0000000", outlet);
        Fixtures.update("INSERT INTO complaint (id, tracking_code, outlet_id, source, category, severity, status, description, received_at, "
                + "due_at, resolution, closed_at, created_by) VALUES (nextval('complaint_seq'), ?, ?, 'HOTLINE', 'DELAY', 'LOW', 'REJECTED', "
                + "'x', '2026-06-16T00:00:00Z', '2026-06-23T00:00:00Z', 'unfounded', '2026-06-17T00:00:00Z', 'fixture')", "QB" + suffix + "0000000", outlet);
        int[] satisfaction = {5, 4, 2, 3};
        for (int i = 0; i < 4; i++) {
            Fixtures.update("INSERT INTO callback (id, outlet_id, repair_id, reasons, queued_at, status, attempts, satisfaction, fixed, "
                    + "charged_as_receipt, completed_at) SELECT nextval('callback_seq'), outlet_id, id, 'SAMPLE', '2026-06-20T00:00:00Z', "
                    + "'COMPLETED', 1, ?, true, true, '2026-06-25T00:00:00Z' FROM repair_order WHERE outlet_id = ? AND ticket_no = ?",
                    (short) satisfaction[i], outlet, "R" + (i + 1) + "-" + suffix);
        }
        return outlet;
    }
}
