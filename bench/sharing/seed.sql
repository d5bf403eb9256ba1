-- 1,000,000 object versions in one sharing group's collection, sent by China to a group Kazakhstan belongs to:
-- 900,000 indicators, 100,000 of them with a second version; 70 % TLP:AMBER, 10 % each GREEN, AMBER+STRICT and
-- RED (recipients China and Kazakhstan), so every read evaluates the whole read rule. Dates added are one
-- microsecond apart from 2020-01-01, before anything the platform adds itself.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO sharing_object (date_added, stix_id, stix_type, spec_version, version, version_text, sender_party, sent_by,
                            target_group, tlp, recipients, markings, refs, created_by_ref, name, raw,
                            has_other_versions)
SELECT timestamptz '2020-01-01 00:00:00+00' + make_interval(secs => n / 1000000.0),
       'indicator--' || id,
       'indicator', '2.1',
       timestamptz '2024-01-01 00:00:00+00' + make_interval(days => v),
       to_char(timestamptz '2024-01-01 00:00:00+00' + make_interval(days => v), 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'),
       'CHN', 'bench', :'group'::uuid,
       tlp,
       CASE WHEN tlp = 'RED' THEN ARRAY['CHN', 'KAZ'] ELSE '{}' END,
       ARRAY[marking], '{}',
       'identity--bench', 'Bench indicator ' || i,
       '{"type":"indicator","spec_version":"2.1","id":"indicator--' || id || '","created":"2024-01-01T00:00:00.000Z",'
           || '"modified":"' || to_char(timestamptz '2024-01-01 00:00:00+00' + make_interval(days => v),
                                        'YYYY-MM-DD"T"HH24:MI:SS".000Z"')
           || '","name":"Bench indicator ' || i || '","pattern_type":"stix","pattern":"[ipv4-addr:value = ''10.'
           || (i % 256) || '.' || (i / 256 % 256) || '.' || (i / 65536 % 256) || ''']","valid_from":'
           || '"2024-01-01T00:00:00Z","object_marking_refs":["' || marking || '"]}',
       i % 9 = 0
FROM (
    SELECT n, i, v, id,
           CASE WHEN i % 10 = 0 THEN 'GREEN' WHEN i % 10 = 1 THEN 'AMBER_STRICT' WHEN i % 10 = 2 THEN 'RED'
                ELSE 'AMBER' END AS tlp,
           CASE WHEN i % 10 = 0 THEN 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'
                WHEN i % 10 = 1 THEN 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003'
                WHEN i % 10 = 2 THEN 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1'
                ELSE 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421' END AS marking
    FROM (
        SELECT n,
               CASE WHEN n <= 900000 THEN n ELSE (n - 900000) * 9 END AS i,
               CASE WHEN n <= 900000 THEN 0 ELSE 1 END AS v,
               (md5('bench' || CASE WHEN n <= 900000 THEN n ELSE (n - 900000) * 9 END))::uuid AS id
        FROM generate_series(1, 1000000) n
    ) g
) s;
COMMIT;
ANALYZE sharing_object;
