-- An audit trail anyone could edit proves nothing: on PostgreSQL, refuse every UPDATE and DELETE of it,
-- whoever asks. (H2, the embedded default for trying the service, has no such trigger.)
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
