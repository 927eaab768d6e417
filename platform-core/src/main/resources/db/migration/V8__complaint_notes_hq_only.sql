-- HQ's notes on a complaint are its own working papers: the outlet asked to respond sees the complaint's steps
-- (received, taken up, asked, answered, closed), never HQ's notes, whether it reads through the API or the portal.
DROP POLICY complaint_event_own_read ON complaint_event;
CREATE POLICY complaint_event_own_read ON complaint_event FOR SELECT
    USING (outlet_id = app_outlet_id() AND kind <> 'NOTE' AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = complaint_id));
