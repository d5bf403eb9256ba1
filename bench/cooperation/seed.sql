-- Generates 100,000 benchmark projects and 1,000,000 transactions (labelled demo, owner 'bench-' parties
-- are not used: owners are real codes so that the visibility predicate has work to do).
BEGIN;
INSERT INTO cooperation_project (id, owner_party, visibility, status, participants, title, title_text,
    priority_areas, domains, countries, regions, planned_start, planned_end, budget, currency, demo, updated_at)
SELECT gen_random_uuid(),
       (ARRAY['CHN','KAZ','ETH','IDN','BRA','au'])[1 + i % 6],
       (ARRAY['PUBLIC','PUBLIC','PUBLIC','PARTICIPANTS'])[1 + i % 4],
       (ARRAY['DRAFT','PROPOSED','ACTIVE','ACTIVE','COMPLETED'])[1 + i % 5],
       ARRAY[(ARRAY['ETH','KAZ','IDN','BRA','KEN','LAO','MMR','THA'])[1 + i % 8]],
       jsonb_build_object('en', 'Bench project ' || i || ' ' || (ARRAY['demining','cyber response','maritime patrol',
           'biosafety laboratory','disaster resilience','police training','food security','peacekeeping'])[1 + i % 8],
           'fr', 'Projet de test ' || i),
       'Bench project ' || i || ' ' || (ARRAY['demining','cyber response','maritime patrol','biosafety laboratory',
           'disaster resilience','police training','food security','peacekeeping'])[1 + i % 8] || ' Projet de test ' || i,
       ARRAY['III.' || (1 + i % 20)],
       ARRAY[(ARRAY['landmines','cybersecurity','piracy','biosecurity','climate-disasters','terrorism'])[1 + i % 6]],
       ARRAY[(ARRAY['ETH','KAZ','IDN','BRA','KEN','LAO','MMR','THA'])[1 + i % 8]],
       ARRAY[(ARRAY['002','142','142','019','002','142','142','142'])[1 + i % 8]],
       DATE '2025-01-01' + (i % 365), DATE '2027-01-01' + (i % 365),
       (i % 1000) * 1000.00, 'USD', TRUE, now() - (i || ' seconds')::interval
FROM generate_series(1, 100000) AS i;

INSERT INTO cooperation_transaction (id, project_id, type, value_date, amount, currency)
SELECT gen_random_uuid(), p.id, (ARRAY['OUTGOING_COMMITMENT','DISBURSEMENT','EXPENDITURE'])[1 + g % 3],
       DATE '2025-01-01' + (g * 37 % 700), (g % 5000) + 0.25, 'USD'
FROM (SELECT id FROM cooperation_project WHERE title_text LIKE 'Bench project %') p,
     generate_series(1, 10) AS g;
COMMIT;
ANALYZE cooperation_project;
ANALYZE cooperation_transaction;
