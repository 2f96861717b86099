-- Team library server schema, version 1 (issue 18). Applied by `plenum-cli team create` as the
-- database's owner, in one transaction; plenum.schema_version says which files ran.
--
-- Rights are the server's: members hold no INSERT/UPDATE/DELETE on any table. They read objects
-- through row-level security (only libraries they are members of) and write only through the
-- SECURITY DEFINER functions below, which check session_user's role in the library. A modified
-- client issuing raw SQL is refused by PostgreSQL itself.

CREATE SCHEMA plenum;
REVOKE ALL ON SCHEMA plenum FROM PUBLIC;
GRANT USAGE ON SCHEMA plenum TO PUBLIC;

CREATE TABLE plenum.schema_version (version integer NOT NULL);
INSERT INTO plenum.schema_version VALUES (1);

CREATE TABLE plenum.libraries (
    id       bigserial PRIMARY KEY,
    name     text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    version  bigint NOT NULL DEFAULT 0
);

CREATE TABLE plenum.members (
    library_id  bigint NOT NULL REFERENCES plenum.libraries(id) ON DELETE CASCADE,
    role_name   text NOT NULL,
    role        text NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
    PRIMARY KEY (library_id, role_name)
);

-- One item with its aliases, tags, outgoing manual links and attachment metadata, as JSON; the
-- library version at which it last changed (Zotero's model); deletes stay as tombstones.
CREATE TABLE plenum.objects (
    library_id  bigint NOT NULL REFERENCES plenum.libraries(id) ON DELETE CASCADE,
    entity_id   text NOT NULL CHECK (entity_id ~ '^[a-z0-9][a-z0-9._:-]{0,199}$'),
    type        text NOT NULL CHECK (type IN ('milestone', 'concept', 'document', 'reference', 'statement', 'note')),
    data        jsonb,
    version     bigint NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,
    changed_by  text NOT NULL,
    PRIMARY KEY (library_id, entity_id)
);
CREATE INDEX objects_by_version ON plenum.objects(library_id, version, entity_id);

-- Accepted pushes by id: the same push sent again after a cut gets the recorded answer.
CREATE TABLE plenum.pushes (
    library_id  bigint NOT NULL REFERENCES plenum.libraries(id) ON DELETE CASCADE,
    push_id     uuid NOT NULL,
    role_name   text NOT NULL,
    result      jsonb NOT NULL,
    PRIMARY KEY (library_id, push_id)
);

REVOKE ALL ON ALL TABLES IN SCHEMA plenum FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA plenum FROM PUBLIC;
GRANT SELECT ON plenum.schema_version TO PUBLIC;

-- The caller's role in LIBRARY, or NULL. SECURITY DEFINER so policies can ask without members
-- being readable.
CREATE FUNCTION plenum.role_in(p_library bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
    SELECT role FROM plenum.members WHERE library_id = p_library AND role_name = session_user
$$;

ALTER TABLE plenum.objects ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON plenum.objects FOR SELECT USING (plenum.role_in(library_id) IS NOT NULL);
GRANT SELECT ON plenum.objects TO PUBLIC;

ALTER TABLE plenum.libraries ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON plenum.libraries FOR SELECT USING (plenum.role_in(id) IS NOT NULL);
GRANT SELECT ON plenum.libraries TO PUBLIC;

-- Raises insufficient_privilege unless the caller's role in P_LIBRARY is one of P_ROLES.
CREATE FUNCTION plenum.require_role(p_library bigint, p_roles text[]) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
DECLARE
    v_role text := plenum.role_in(p_library);
BEGIN
    IF v_role IS NULL THEN
        RAISE EXCEPTION 'permission denied: % is not a member of this library', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT v_role = ANY (p_roles) THEN
        RAISE EXCEPTION 'permission denied: % is a % of this library and may not do this', session_user, v_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v_role;
END
$$;

-- The library called P_NAME for a member: its id, version and the caller's role.
CREATE FUNCTION plenum.open_library(p_name text, OUT id bigint, OUT version bigint, OUT role text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
BEGIN
    SELECT l.id, l.version, m.role INTO id, version, role
        FROM plenum.libraries l JOIN plenum.members m ON m.library_id = l.id AND m.role_name = session_user
        WHERE l.name = p_name;
    IF id IS NULL THEN
        RAISE EXCEPTION 'permission denied: no library "%" that % is a member of', p_name, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- A new library with the caller as its admin. Only the owner of the schema may call it (the
-- EXECUTE grant is revoked from PUBLIC below).
CREATE FUNCTION plenum.create_library(p_name text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO plenum.libraries(name) VALUES (p_name) RETURNING id INTO v_id;
    INSERT INTO plenum.members VALUES (v_id, session_user, 'admin');
    RETURN v_id;
END
$$;

-- Writes P_CHANGES (a JSON array of {entity_id, type, data, deleted}) at the next library version
-- if none of those objects changed after P_KNOWN; else returns the ones that did, writing nothing.
-- One transaction, the library row locked; a P_PUSH sent again returns the recorded answer.
CREATE FUNCTION plenum.push(p_library bigint, p_known bigint, p_push uuid, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
DECLARE
    v_version bigint;
    v_prev    jsonb;
    v_stale   jsonb;
    v_result  jsonb;
BEGIN
    PERFORM plenum.require_role(p_library, ARRAY['editor', 'admin']);
    SELECT version INTO v_version FROM plenum.libraries WHERE id = p_library FOR UPDATE;
    SELECT result INTO v_prev FROM plenum.pushes WHERE library_id = p_library AND push_id = p_push;
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF jsonb_typeof(p_changes) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'a push is a JSON array of objects' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_changes) c
               WHERE jsonb_typeof(c) IS DISTINCT FROM 'object'
                  OR (NOT coalesce((c->>'deleted')::boolean, false)
                      AND (jsonb_typeof(c->'data') IS DISTINCT FROM 'object'
                           OR c->'data'->>'id' IS DISTINCT FROM c->>'entity_id'
                           OR c->'data'->>'type' IS DISTINCT FROM c->>'type'))) THEN
        RAISE EXCEPTION 'a pushed object must be {entity_id, type, data} with data naming the same id and type'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT coalesce(jsonb_agg(o.entity_id ORDER BY o.entity_id), '[]'::jsonb) INTO v_stale
        FROM plenum.objects o
        WHERE o.library_id = p_library AND o.version > p_known
          AND o.entity_id IN (SELECT c->>'entity_id' FROM jsonb_array_elements(p_changes) c);
    IF jsonb_array_length(v_stale) > 0 THEN
        RETURN jsonb_build_object('status', 'stale', 'version', v_version, 'entities', v_stale);
    END IF;
    v_version := v_version + 1;
    INSERT INTO plenum.objects(library_id, entity_id, type, data, version, deleted, changed_by)
        SELECT p_library, c->>'entity_id', c->>'type', CASE WHEN (c->>'deleted')::boolean THEN NULL ELSE c->'data' END,
               v_version, coalesce((c->>'deleted')::boolean, false), session_user
        FROM jsonb_array_elements(p_changes) c
    ON CONFLICT (library_id, entity_id) DO UPDATE
        SET type = excluded.type, data = excluded.data, version = excluded.version,
            deleted = excluded.deleted, changed_by = excluded.changed_by;
    UPDATE plenum.libraries SET version = v_version WHERE id = p_library;
    v_result := jsonb_build_object('status', 'ok', 'version', v_version, 'count', jsonb_array_length(p_changes));
    INSERT INTO plenum.pushes VALUES (p_library, p_push, session_user, v_result);
    RETURN v_result;
END
$$;

CREATE FUNCTION plenum.members(p_library bigint) RETURNS TABLE (name text, role text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
BEGIN
    PERFORM plenum.require_role(p_library, ARRAY['reader', 'editor', 'admin']);
    RETURN QUERY SELECT m.role_name, m.role FROM plenum.members m WHERE m.library_id = p_library ORDER BY 1;
END
$$;

-- Adds (or changes the role of) P_NAME. A new login role gets P_VERIFIER, a SCRAM verifier the
-- client computed (the password never reaches the server in clear); an existing role keeps its
-- password. Admins only.
CREATE FUNCTION plenum.add_member(p_library bigint, p_name text, p_verifier text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
BEGIN
    PERFORM plenum.require_role(p_library, ARRAY['admin']);
    IF p_name !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'a member name is 1 to 63 lower-case letters, digits or _' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_role NOT IN ('reader', 'editor', 'admin') THEN
        RAISE EXCEPTION 'a role is reader, editor or admin' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'a new member needs a password' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
    END IF;
    INSERT INTO plenum.members VALUES (p_library, p_name, p_role)
        ON CONFLICT (library_id, role_name) DO UPDATE SET role = excluded.role;
END
$$;

-- Removes P_NAME: from the next statement on, it can neither read nor write the library. An
-- admin cannot remove the last admin.
CREATE FUNCTION plenum.remove_member(p_library bigint, p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = plenum, pg_temp AS $$
BEGIN
    PERFORM plenum.require_role(p_library, ARRAY['admin']);
    PERFORM 1 FROM plenum.libraries WHERE id = p_library FOR UPDATE;
    IF NOT EXISTS (SELECT 1 FROM plenum.members WHERE library_id = p_library AND role_name = p_name) THEN
        RAISE EXCEPTION '% is not a member of this library', p_name USING ERRCODE = 'no_data_found';
    END IF;
    IF (SELECT count(*) FROM plenum.members WHERE library_id = p_library AND role = 'admin' AND role_name <> p_name) = 0 THEN
        RAISE EXCEPTION 'the last admin of a library cannot be removed' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM plenum.members WHERE library_id = p_library AND role_name = p_name;
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA plenum FROM PUBLIC;
GRANT EXECUTE ON FUNCTION plenum.role_in(bigint), plenum.open_library(text), plenum.push(bigint, bigint, uuid, jsonb),
    plenum.members(bigint), plenum.add_member(bigint, text, text, text), plenum.remove_member(bigint, text)
    TO PUBLIC;
