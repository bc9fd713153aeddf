-- The administrators' audit page filters the trail by action, actor, kind of target and days, newest first, and
-- counts the matches. Each filter gets an index that starts with it and continues with the time (InnoDB adds the
-- id), so that a filtered page is read in order from the index instead of sorting the matches, and a filtered
-- count reads only the index. Target type and id, and time alone, already have theirs (V4).
-- The trail stays append-only: these are indexes only, and the triggers that refuse updates and deletes stay.

CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, occurred_at);
CREATE INDEX ix_audit_event_target_type ON audit_event (target_type, occurred_at);
