-- A progress file as the first schema version wrote it, frozen here for the migration test.
-- Do not change: it stands for files already on trainees' machines.
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2026-11-01T09:00:00+00:00');
CREATE TABLE trainees (
    id INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL
);
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
    scenario_id TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    scenario_path TEXT,
    feedback_mode TEXT NOT NULL DEFAULT 'direct' CHECK (feedback_mode IN ('direct', 'end')),
    started TEXT NOT NULL,
    updated TEXT NOT NULL,
    finished TEXT,
    state TEXT NOT NULL,
    result TEXT,
    passed INTEGER,
    total INTEGER,
    best_total INTEGER,
    step_count INTEGER NOT NULL DEFAULT 0,
    node TEXT
);
CREATE INDEX attempts_by_trainee ON attempts (trainee_id, scenario_id, started);
CREATE TABLE steps (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    node TEXT NOT NULL,
    choice TEXT NOT NULL,
    at TEXT NOT NULL,
    seconds REAL,
    deltas TEXT NOT NULL,
    critical INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (attempt_id, idx)
) WITHOUT ROWID;
CREATE TABLE attempt_dimensions (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    achieved INTEGER NOT NULL,
    best INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, dimension)
) WITHOUT ROWID;
INSERT INTO trainees VALUES (1, 'Robin', '2026-11-01T09:00:00+00:00');
INSERT INTO attempts (id, trainee_id, scenario_id, scenario_hash, feedback_mode, started, updated,
    finished, state, result, passed, total, best_total, step_count, node)
VALUES
    (1, 1, 'heder-sommarlov', 'abc', 'end', '2026-11-01T09:01:00+00:00',
     '2026-11-01T09:05:00+00:00', '2026-11-01T09:05:00+00:00', '{"done": true}',
     '{"passed": true}', 1, 5, 6, 1, 'slut'),
    (2, 1, 'vardnad-konflikt', 'def', 'direct', '2026-11-02T09:01:00+00:00',
     '2026-11-02T09:02:00+00:00', NULL, '{"done": false}', NULL, NULL, NULL, NULL, 1, 'mitten');
INSERT INTO steps VALUES
    (1, 0, 'start', 'start:1', '2026-11-01T09:04:00+00:00', 12.5, '{"barn": 2}', 0),
    (2, 0, 'start', 'start:2', '2026-11-02T09:02:00+00:00', 3.0, '{"barn": -1}', 0);
INSERT INTO attempt_dimensions VALUES (1, 'barn', 5, 6);
