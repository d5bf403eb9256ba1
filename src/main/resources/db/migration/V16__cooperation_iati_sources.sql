-- What an imported IATI activity states beyond the project's own fields: its publisher (reporting organisation),
-- the activity status in the file, every sector with its vocabulary, recipient regions with their vocabulary,
-- participating organisations that are not registered parties, and the budgets as reported (original and revised).
-- The hash of the activity as read tells a re-import that nothing changed.
CREATE TABLE cooperation_iati_activity (
    project_id  UUID PRIMARY KEY REFERENCES cooperation_project (id) ON DELETE CASCADE,
    identifier  TEXT NOT NULL,
    body        JSONB NOT NULL,
    source_hash TEXT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- OECD DAC purpose codes (5 digits) and categories (3 digits) mapped to the Concept Paper's priority areas. A sector
-- of an imported activity maps through its 5-digit row, or else through the row of its 3-digit category. The
-- secretariat edits the rows (page and API, audited); a row without priority_area maps to no area.
CREATE TABLE cooperation_sector_mapping (
    code          TEXT PRIMARY KEY CHECK (code ~ '^[0-9]{3}([0-9]{2})?$'),
    priority_area TEXT CHECK (priority_area ~ '^III\.([1-9]|1[0-9]|20)$'),
    description   TEXT NOT NULL DEFAULT '',
    updated_by    TEXT NOT NULL DEFAULT '',
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT NOT NULL DEFAULT 0
);

INSERT INTO cooperation_sector_mapping (code, priority_area, description) VALUES
    ('152',   'III.1',  'Conflict, peace and security'),
    ('15210', 'III.1',  'Security system management and reform'),
    ('15220', 'III.1',  'Civilian peace-building, conflict prevention and resolution'),
    ('15230', 'III.1',  'Participation in international peacekeeping operations'),
    ('15240', 'III.4',  'Reintegration and SALW control'),
    ('15250', 'III.4',  'Removal of land mines and explosive remnants of war'),
    ('15261', 'III.1',  'Child soldiers (prevention and demobilisation)'),
    ('12250', 'III.17', 'Infectious disease control'),
    ('12262', 'III.17', 'Malaria control'),
    ('12263', 'III.17', 'Tuberculosis control'),
    ('12264', 'III.17', 'COVID-19 control'),
    ('13040', 'III.17', 'STD control including HIV/AIDS'),
    ('16063', 'III.19', 'Narcotics control'),
    ('311',   'III.18', 'Agriculture'),
    ('313',   'III.18', 'Fishing'),
    ('43071', 'III.18', 'Food security policy and administrative management'),
    ('43072', 'III.18', 'Household food security programmes'),
    ('43073', 'III.18', 'Food safety and quality'),
    ('52010', 'III.18', 'Food assistance'),
    ('72040', 'III.18', 'Emergency food assistance'),
    ('231',   'III.18', 'Energy policy'),
    ('232',   'III.18', 'Energy generation, renewable sources'),
    ('233',   'III.18', 'Energy generation, non-renewable sources'),
    ('234',   'III.18', 'Hybrid energy plants'),
    ('235',   'III.4',  'Nuclear energy plants (peaceful uses of nuclear energy)'),
    ('236',   'III.18', 'Energy distribution'),
    ('14040', 'III.11', 'River basins development'),
    ('410',   'III.20', 'General environment protection'),
    ('43060', 'III.20', 'Disaster risk reduction'),
    ('740',   'III.20', 'Disaster prevention and preparedness'),
    ('74010', 'III.20', 'Disaster prevention and preparedness'),
    ('74020', 'III.20', 'Multi-hazard response preparedness');
