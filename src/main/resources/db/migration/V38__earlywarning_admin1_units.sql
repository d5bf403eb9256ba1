-- One admin1 unit per region whatever the source calls it ("Aleppo governorate" and "Aleppo" are SYR/Aleppo). The
-- function states the rule of Admin1Names in SQL (white space made single, a trailing type word removed unless
-- nothing, or the proper name Free State, would remain); stored admin1 rollups are re-keyed with it and rows that
-- now share a key are summed.

CREATE FUNCTION earlywarning_admin1_unit(country TEXT, admin1 TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT AS
$$
SELECT country || '/' || CASE
    WHEN lower(name) = 'free state' THEN name
    WHEN btrim(stripped) = '' THEN name
    ELSE stripped END
FROM (SELECT name,
             regexp_replace(name,
                 '\s+(governorate|province|prefecture|region|state|district|department|county|oblast|municipality)$',
                 '', 'i') AS stripped
      FROM (SELECT btrim(regexp_replace(admin1, '\s+', ' ', 'g')) AS name) n) s
$$;

CREATE TEMPORARY TABLE earlywarning_admin1_rekeyed ON COMMIT DROP AS
SELECT unit_level, earlywarning_admin1_unit(split_part(unit, '/', 1), substr(unit, position('/' IN unit) + 1)) AS unit,
       country, month, category, sum(events) AS events, sum(fatalities) AS fatalities,
       sum(conflictual) AS conflictual, sum(cooperative) AS cooperative, sum(goldstein_sum) AS goldstein_sum
FROM earlywarning_indicator
WHERE unit_level = 'ADMIN1'
GROUP BY 1, 2, 3, 4, 5;

DELETE FROM earlywarning_indicator WHERE unit_level = 'ADMIN1';

INSERT INTO earlywarning_indicator (unit_level, unit, country, month, category, events, fatalities, conflictual,
                                    cooperative, goldstein_sum)
SELECT unit_level, unit, country, month, category, events, fatalities, conflictual, cooperative, goldstein_sum
FROM earlywarning_admin1_rekeyed;
