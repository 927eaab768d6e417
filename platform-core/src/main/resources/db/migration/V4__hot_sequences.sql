-- Repairs are the hot path. EclipseLink hands out ids from blocks of `allocationSize` and every create waits
-- while one thread refills a block; blocks of 1000 make that a rare event instead of several times a second.
-- The increment must equal the entities' allocationSize (RepairOrder, RepairPart): a nextval of v is the
-- block v-999 .. v.
ALTER SEQUENCE repair_order_seq INCREMENT BY 1000;
ALTER SEQUENCE repair_part_seq INCREMENT BY 1000;

-- A sequence never used yet would answer its start value, 50, first: the block -949 .. 50.
SELECT setval(s.sequencename::regclass, 1000, false)
FROM pg_sequences s
WHERE s.schemaname = current_schema() AND s.sequencename IN ('repair_order_seq', 'repair_part_seq')
  AND s.last_value IS NULL;
