-- Generated events for the event store at scale, made in the database (no file in between). bench_fill(target, m, n,
-- first_id, raw_len) inserts n events of month m into target, numbered from first_id, in one statement:
--   sources: before February 2015 UCDP GED (and ACLED from 1997 on, 40 %); from February 2015, as the GDELT 2.0
--            15-minute files arrive, 90 % gdelt2, 7 % acled, 2 % ucdp-ged, 1 % a party's incident reports;
--   countries: 185 ISO codes, heavily skewed (the first code about 17 % of events, the top ten about half);
--   dates: uniform within the month; categories and fatalities as each source gives them (GDELT: CAMEO quad class,
--            event code and Goldstein score, no fatalities; UCDP: a long tail of fatalities, best <= high, low <= best;
--            ACLED: protests and riots mostly without fatalities);
--   raw_row: the row's own fields, tab-separated (about 45 bytes), right-padded to raw_len bytes when raw_len is
--            larger (a GDELT 2.0 line is about 410 bytes); content_hash 64 hex digits as the platform's SHA-256.
-- Random numbers are seeded from first_id, so a run generates the same events.

CREATE OR REPLACE FUNCTION bench_fill(target regclass, m date, n integer, first_id bigint, raw_len integer)
    RETURNS bigint
    LANGUAGE plpgsql AS
$fn$
DECLARE
    inserted bigint;
BEGIN
    PERFORM setseed(((first_id % 1999993) / 1999993.0) * 2 - 1);
    EXECUTE format($q$
    WITH g AS (
        SELECT i, random() AS rs, random() AS rc, random() AS rk, random() AS rf, random() AS rd, random() AS rp
        FROM generate_series($3, $3 + $2 - 1) i),
    s AS (
        SELECT g.*,
               CASE WHEN $1 < DATE '2015-02-01' THEN
                        CASE WHEN $1 < DATE '1997-01-01' OR rs < 0.6 THEN 'ucdp-ged' ELSE 'acled' END
                    WHEN rs < 0.90 THEN 'gdelt2' WHEN rs < 0.97 THEN 'acled' WHEN rs < 0.99 THEN 'ucdp-ged'
                    ELSE 'incidents' END AS source,
               (ARRAY['USA','RUS','CHN','GBR','ISR','SYR','IND','PAK','AFG','IRN','IRQ','UKR','TUR','FRA','DEU','NGA',
                      'AUS','CAN','JPN','KOR','PRK','EGY','SAU','YEM','LBY','SDN','SSD','SOM','ETH','KEN','COD','CAF',
                      'MLI','BFA','NER','TCD','CMR','MOZ','ZAF','ZWE','BRA','MEX','COL','VEN','ARG','PER','CHL','PHL',
                      'IDN','MMR','THA','VNM','MYS','BGD','LKA','NPL','KAZ','UZB','KGZ','TJK','TKM','AZE','ARM','GEO',
                      'BLR','POL','ITA','ESP','PRT','GRC','NLD','BEL','CHE','AUT','SWE','NOR','DNK','FIN','IRL','HUN',
                      'CZE','SVK','ROU','BGR','SRB','HRV','BIH','ALB','MKD','MNE','SVN','LTU','LVA','EST','MDA','CYP',
                      'LBN','JOR','PSE','QAT','ARE','KWT','BHR','OMN','DZA','MAR','TUN','MRT','SEN','GIN','SLE','LBR',
                      'CIV','GHA','TGO','BEN','GMB','GNB','CPV','UGA','RWA','BDI','TZA','MWI','ZMB','AGO','NAM','BWA',
                      'LSO','SWZ','MDG','MUS','COM','SYC','DJI','ERI','GAB','COG','GNQ','STP','CUB','HTI','DOM','JAM',
                      'TTO','BHS','BRB','GTM','HND','SLV','NIC','CRI','PAN','ECU','BOL','PRY','URY','GUY','SUR','NZL',
                      'PNG','FJI','SLB','VUT','WSM','TON','KIR','TLS','BRN','SGP','KHM','LAO','MNG','BTN','MDV','ISL',
                      'LUX','MLT','AND','MCO','SMR','LIE','BLZ','GRD','LCA'])[1 + floor(185 * rc ^ 3)::int] AS country
        FROM g),
    k AS (
        SELECT s.*,
               CASE source
                   WHEN 'gdelt2' THEN CASE WHEN rk < 0.60 THEN 1 WHEN rk < 0.75 THEN 2 WHEN rk < 0.88 THEN 3 ELSE 4 END
                   END AS quad,
               CASE source
                   WHEN 'ucdp-ged' THEN CASE WHEN rk < 0.6 THEN 'STATE_BASED_CONFLICT'
                                             WHEN rk < 0.8 THEN 'NON_STATE_CONFLICT' ELSE 'ONE_SIDED_VIOLENCE' END
                   WHEN 'acled' THEN CASE WHEN rk < 0.35 THEN 'PROTEST' WHEN rk < 0.50 THEN 'RIOT'
                                          WHEN rk < 0.70 THEN 'BATTLE' WHEN rk < 0.80 THEN 'EXPLOSION_REMOTE_VIOLENCE'
                                          WHEN rk < 0.92 THEN 'VIOLENCE_AGAINST_CIVILIANS'
                                          ELSE 'STRATEGIC_DEVELOPMENT' END
                   WHEN 'incidents' THEN CASE WHEN rk < 0.4 THEN 'CYBER_INCIDENT' WHEN rk < 0.7 THEN 'TERRORIST_ATTACK'
                                              ELSE 'PIRACY_ARMED_ROBBERY_AT_SEA' END
                   ELSE CASE WHEN rk < 0.60 THEN 'VERBAL_COOPERATION' WHEN rk < 0.75 THEN 'MATERIAL_COOPERATION'
                             WHEN rk < 0.88 THEN 'VERBAL_CONFLICT' ELSE 'MATERIAL_CONFLICT' END
                   END AS category,
               CASE source
                   WHEN 'gdelt2' THEN NULL
                   WHEN 'ucdp-ged' THEN floor(exp(rf * rf * 7))::int - 1
                   WHEN 'acled' THEN CASE WHEN rk < 0.5 THEN 0 ELSE floor(exp(rf * rf * 5))::int - 1 END
                   ELSE floor(exp(rf * rf * 2))::int - 1 END AS best,
               CASE source WHEN 'gdelt2' THEN (400000000 + i)::text WHEN 'acled' THEN 'ACL' || i
                           WHEN 'ucdp-ged' THEN i::text ELSE 'KEN:R-' || i END AS id,
               $1 + floor(rd * (($1 + INTERVAL '1 month')::date - $1))::int AS day
        FROM s)
    INSERT INTO %s (source, source_id, source_version, event_date, date_precision, month, country, admin1, admin2,
                    location, latitude, longitude, gid, actor1, actor2, category, cameo_code, quad_class, goldstein,
                    fatalities_best, fatalities_low, fatalities_high, raw_row, content_hash, import_job)
    SELECT source, id,
           CASE source WHEN 'gdelt2' THEN '' WHEN 'acled' THEN '2024-06' WHEN 'ucdp-ged' THEN '24.1' ELSE '' END,
           day, 'DAY', $1, country, country || '.' || (1 + floor(rp * 30))::int, '',
           'Place ' || floor(rp * 5000)::int,
           round((rp * 140 - 60)::numeric, 4)::float8, round((rd * 340 - 170)::numeric, 4)::float8,
           1 + floor(rp * 259200)::int,
           CASE WHEN rf < 0.5 THEN country || ' GOVERNMENT' ELSE 'CIVILIAN' END,
           CASE WHEN rf < 0.3 THEN '' ELSE 'REBEL GROUP ' || floor(rc * 100)::int END,
           category,
           CASE quad WHEN 1 THEN '042' WHEN 2 THEN '073' WHEN 3 THEN '112' WHEN 4 THEN '190' END,
           quad,
           CASE quad WHEN 1 THEN 1.9 WHEN 2 THEN 7.4 WHEN 3 THEN -2.0 WHEN 4 THEN -10.0 END,
           best, CASE WHEN best IS NULL THEN NULL ELSE floor(best * 0.8)::int END,
           CASE WHEN best IS NULL THEN NULL ELSE ceil(best * 1.5)::int END,
           rpad(concat_ws(E'\t', id, to_char(day, 'YYYYMMDD'), country, category, best),
                greatest($4, length(concat_ws(E'\t', id, to_char(day, 'YYYYMMDD'), country, category, best))), ' '),
           md5(i::text) || md5(id),
           md5('job' || $3)::uuid
    FROM k
    $q$, target) USING m, n, first_id, raw_len;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted;
END
$fn$;
