-- One admin1 unit per region whatever the source calls it ("Aleppo governorate" and "Aleppo" are SYR/Aleppo): stored
-- admin1 rollups are re-keyed with the rule of Admin1Names (white space made single, a trailing type word removed
-- unless nothing or the proper name Free State would remain) and rows that now share a key are summed.

CREATE TEMPORARY TABLE earlywarning_admin1_rekeyed ON COMMIT DROP AS
SELECT unit_level, unit, country, month, category, sum(events) AS events, sum(fatalities) AS fatalities,
       sum(conflictual) AS conflictual, sum(cooperative) AS cooperative, sum(goldstein_sum) AS goldstein_sum
FROM (SELECT unit_level,
             CASE WHEN lower(name) = 'free state' THEN country_part || '/' || name
                  WHEN btrim(regexp_replace(name, '\s+(governorate|province|prefecture|region|state|district|department|county|oblast|municipality)$', '', 'i')) = ''
                      THEN country_part || '/' || name
                  ELSE country_part || '/' || regexp_replace(name, '\s+(governorate|province|prefecture|region|state|district|department|county|oblast|municipality)$', '', 'i')
             END AS unit,
             country, month, category, events, fatalities, conflictual, cooperative, goldstein_sum
      FROM (SELECT *, split_part(unit, '/', 1) AS country_part,
                   btrim(regexp_replace(substr(unit, position('/' IN unit) + 1), '\s+', ' ', 'g')) AS name
            FROM earlywarning_indicator WHERE unit_level = 'ADMIN1') named) rekeyed
GROUP BY unit_level, unit, country, month, category;

DELETE FROM earlywarning_indicator WHERE unit_level = 'ADMIN1';

INSERT INTO earlywarning_indicator (unit_level, unit, country, month, category, events, fatalities, conflictual,
                                    cooperative, goldstein_sum)
SELECT unit_level, unit, country, month, category, events, fatalities, conflictual, cooperative, goldstein_sum
FROM earlywarning_admin1_rekeyed;
