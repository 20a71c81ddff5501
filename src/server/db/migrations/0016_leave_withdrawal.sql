-- A client withdraws a leave request in the app: while it waits for the coach, or once approved
-- as long as the leave has not begun. decided_at, decided_by and decision_note keep the coach's
-- decision (an approved request that is withdrawn keeps who approved it); withdrawn_at says when
-- the client took it back.
ALTER TABLE leave_requests ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE leave_requests DROP CONSTRAINT leave_requests_status_check;
ALTER TABLE leave_requests DROP CONSTRAINT leave_requests_check1;
ALTER TABLE leave_requests
  ADD CONSTRAINT leave_requests_status_check CHECK (status IN ('requested', 'approved', 'declined', 'withdrawn')),
  -- Waiting: no decision yet. Approved or declined: decided. Withdrawn: either.
  ADD CONSTRAINT leave_requests_decided CHECK (
    CASE status WHEN 'requested' THEN decided_at IS NULL WHEN 'withdrawn' THEN true ELSE decided_at IS NOT NULL END),
  ADD CONSTRAINT leave_requests_withdrawn CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
  ADD CONSTRAINT leave_requests_withdrawn_after_decision CHECK (withdrawn_at >= decided_at);

-- The leave days an approval wrote to the register name their request, so that withdrawing it
-- supersedes exactly those entries (and not leave a supervisor registered by hand).
ALTER TABLE attendance_records
  ADD COLUMN leave_request_id uuid,
  ADD FOREIGN KEY (tenant_id, leave_request_id) REFERENCES leave_requests (tenant_id, id);

-- Leave approved before this migration: the entries the approval wrote are leave from the
-- register, by the coach who approved, on a day of the period, written in the same transaction
-- as the decision (decided_at is the application's clock, recorded_at the database's).
UPDATE attendance_records r
   SET leave_request_id = l.id
  FROM leave_requests l
 WHERE l.tenant_id = r.tenant_id
   AND l.client_id = r.client_id
   AND l.status = 'approved'
   AND r.status = 'leave'
   AND r.source = 'register'
   AND r.recorded_by = l.decided_by
   AND r.day BETWEEN l.first_day AND l.last_day
   AND r.recorded_at BETWEEN l.decided_at - interval '1 minute' AND l.decided_at + interval '1 minute';
