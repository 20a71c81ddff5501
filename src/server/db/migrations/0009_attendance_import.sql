-- Attendance can be imported too: the register of another system (a time clock, a work-learning
-- centre's own list), per client and scheduled day. The kind joins the others in the checks.

ALTER TABLE import_mappings DROP CONSTRAINT import_mappings_kind_check;
ALTER TABLE import_mappings ADD CONSTRAINT import_mappings_kind_check
  CHECK (kind IN ('clients', 'statuses', 'interventions', 'assignments', 'attendance'));

ALTER TABLE import_runs DROP CONSTRAINT import_runs_kind_check;
ALTER TABLE import_runs ADD CONSTRAINT import_runs_kind_check
  CHECK (kind IN ('clients', 'statuses', 'interventions', 'assignments', 'attendance'));
