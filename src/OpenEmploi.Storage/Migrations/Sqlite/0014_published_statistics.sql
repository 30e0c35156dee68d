-- OpenEmploi schema 14, SQLite: the published labour-market statistics (issue 9), after disclosure
-- control. One row per published cell; a masked cell has no value at all (value and percentage
-- NULL, mask the reason), so the base never holds a secret figure. A computation replaces a whole
-- period in one transaction. Depends on nothing else.

-- period_kind: 1 quarter ("2026T3"), 2 year ("2026"); territory_level: 1 nation … 6 commune
-- (Core.Statistics.TerritoryLevel); mask: Core.Statistics.MaskReason, NULL when published.
-- characteristic_type is '' for a cell's main value.
CREATE TABLE statistics_cells (
    indicator           TEXT NOT NULL,
    territory_level     INTEGER NOT NULL CHECK (territory_level BETWEEN 1 AND 6),
    territory_code      TEXT NOT NULL,
    activity_type       TEXT NOT NULL,
    activity_code       TEXT NOT NULL,
    period_kind         INTEGER NOT NULL CHECK (period_kind IN (1, 2)),
    period_code         TEXT NOT NULL,
    nomenclature        TEXT NOT NULL,
    nomenclature_code   TEXT NOT NULL,
    characteristic_type TEXT NOT NULL,
    characteristic_code TEXT NOT NULL,
    value               REAL,
    percentage          REAL,
    mask                INTEGER CHECK (mask BETWEEN 1 AND 6),
    CHECK (mask IS NULL OR (value IS NULL AND percentage IS NULL)),
    -- The readers' path: an indicator for a territory and an activity, then periods.
    PRIMARY KEY (indicator, territory_level, territory_code, activity_type, activity_code, period_kind, period_code,
                 nomenclature, nomenclature_code, characteristic_type, characteristic_code)
) WITHOUT ROWID;

-- The replacing computation's path: every cell of one period.
CREATE INDEX statistics_cells_period ON statistics_cells (period_kind, period_code);

-- One row per computed period: when it was computed (the API's dateMaj) and how many cells it has.
CREATE TABLE statistics_periods (
    period_kind INTEGER NOT NULL CHECK (period_kind IN (1, 2)),
    period_code TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    cells       INTEGER NOT NULL,
    PRIMARY KEY (period_kind, period_code)
);
