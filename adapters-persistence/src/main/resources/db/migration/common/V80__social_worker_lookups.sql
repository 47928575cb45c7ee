-- A social worker's home reads their children, and the alerts raised with them, by their id (issue 17).
CREATE INDEX child_by_social_worker ON child_social_worker (authority, social_worker_id);
CREATE INDEX alert_stage_by_person ON alert_stage (authority, with_id);
