-- Audit: run after every migration, as the role that owns the tables. The application's role may add audit
-- entries and read them, but neither change nor remove them: it holds no UPDATE, DELETE or TRUNCATE right on the
-- audit table, whatever default privileges gave it, and, owning no table, cannot alter or disable the triggers
-- that refuse those statements to everyone else. Empty when the application connects as the owner itself
-- (an external PostgreSQL with one user).
DO $$
BEGIN
    IF '${application_role}' <> '' AND EXISTS (SELECT FROM pg_roles WHERE rolname = '${application_role}') THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', '${application_role}');
        EXECUTE format('GRANT SELECT, INSERT ON audit_entry TO %I', '${application_role}');
    END IF;
END
$$;
