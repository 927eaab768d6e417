-- HQ's notes on a complaint are its own working papers: the outlet asked to respond sees the complaint's steps
-- (received, taken up, asked, answered, closed), never HQ's notes, whether it reads through the API or the portal.
DROP POLICY complaint_event_own_read ON complaint_event;
CREATE POLICY complaint_event_own_read ON complaint_event FOR SELECT
    USING (outlet_id = app_outlet_id() AND kind <> 'NOTE' AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = complaint_id));

-- An outlet writes one step only, its answer, and only to a complaint of its own that HQ asked it about and it
-- has not answered yet; without this the foreign key (which row-level security does not filter) let an outlet
-- session add answers to any complaint.
DROP POLICY complaint_event_own_response ON complaint_event;
CREATE POLICY complaint_event_own_response ON complaint_event FOR INSERT
    WITH CHECK (outlet_id = app_outlet_id() AND kind = 'OUTLET_RESPONDED'
                AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = complaint_id AND c.outlet_id = app_outlet_id()
                            AND c.outlet_asked_at IS NOT NULL));
