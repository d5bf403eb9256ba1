-- Benchmark data for the global search and the home page: 100,000 projects (owners and visibility mixed, so that
-- the reading rule has work to do; titles in English, French and Chinese) and 1,000 consents requested of Indonesia
-- on projects it takes part in. Written straight into the tables: a fixture for measuring, not a way to create records.
BEGIN;
INSERT INTO cooperation_project (id, owner_party, visibility, status, participants, title, title_text,
    priority_areas, domains, countries, regions, planned_start, planned_end, budget, currency, demo, updated_at)
SELECT gen_random_uuid(),
       (ARRAY['CHN','KAZ','ETH','IDN','BRA','au'])[1 + i % 6],
       (ARRAY['PUBLIC','PUBLIC','PUBLIC','PARTICIPANTS'])[1 + i % 4],
       (ARRAY['DRAFT','PROPOSED','ACTIVE','ACTIVE','COMPLETED'])[1 + i % 5],
       ARRAY[(ARRAY['ETH','KAZ','IDN','BRA','KEN','LAO','MMR','THA'])[1 + i % 8]],
       jsonb_build_object(
           'en', 'Search bench ' || i || ' ' || (ARRAY['demining','cyber response','maritime patrol',
               'biosafety laboratory','disaster resilience','police training','food security','peacekeeping'])[1 + i % 8],
           'fr', 'Banc de recherche ' || i || ' ' || (ARRAY['déminage','réponse cyber','patrouille maritime',
               'laboratoire de biosécurité','résilience aux catastrophes','formation de police',
               'sécurité alimentaire','maintien de la paix'])[1 + i % 8],
           'zh', '检索基准' || i || (ARRAY['扫雷','网络应急','海上巡逻','生物安全实验室','抗灾能力','警察培训','粮食安全',
               '维和'])[1 + i % 8]),
       'Search bench ' || i || ' ' || (ARRAY['demining','cyber response','maritime patrol','biosafety laboratory',
           'disaster resilience','police training','food security','peacekeeping'])[1 + i % 8]
           || ' Banc de recherche ' || i || ' ' || (ARRAY['déminage','réponse cyber','patrouille maritime',
               'laboratoire de biosécurité','résilience aux catastrophes','formation de police',
               'sécurité alimentaire','maintien de la paix'])[1 + i % 8]
           || ' 检索基准' || i || (ARRAY['扫雷','网络应急','海上巡逻','生物安全实验室','抗灾能力','警察培训','粮食安全',
               '维和'])[1 + i % 8],
       ARRAY['III.' || (1 + i % 20)],
       ARRAY[(ARRAY['landmines','cybersecurity','piracy','biosecurity','climate-disasters','terrorism'])[1 + i % 6]],
       ARRAY[(ARRAY['ETH','KAZ','IDN','BRA','KEN','LAO','MMR','THA'])[1 + i % 8]],
       ARRAY[(ARRAY['002','142','142','019','002','142','142','142'])[1 + i % 8]],
       DATE '2025-01-01' + (i % 365), DATE '2027-01-01' + (i % 365),
       (i % 1000) * 1000.00, 'USD', TRUE, now() - (i || ' seconds')::interval
FROM generate_series(1, 100000) AS i;

-- 1,000 consents waiting for Indonesia, on proposed projects it participates in, deadlines spread over 60 days
INSERT INTO cooperation_participant (project_id, party, roles, position, consent_state, requested_at, deadline)
SELECT id, 'IDN', ARRAY['implementing'], 1, 'REQUESTED', now() - interval '1 day',
       now() + ((row_number() OVER (ORDER BY id)) % 60 || ' days')::interval
FROM cooperation_project
WHERE title_text LIKE 'Search bench %' AND participants = ARRAY['IDN'] AND owner_party <> 'IDN'
  AND status <> 'DRAFT'
LIMIT 1000;
COMMIT;
ANALYZE cooperation_project;
ANALYZE cooperation_participant;
