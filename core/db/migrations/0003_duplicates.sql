-- Schema version 3: duplicates and merging.
--
-- merged_into  set on a contact that a merge moved to the trash: the survivor that received its
--              orders, activities and the rest. The trash can say where a record went, and
--              undoing the merge checks it before putting everything back.
-- duplicate_dismissals  pairs the user marked "not duplicates", so that the finder stops
--              suggesting them. The lower id comes first, so each pair is stored once.

ALTER TABLE contacts ADD COLUMN merged_into INTEGER REFERENCES contacts(id) ON DELETE SET NULL;
-- Deleting a contact looks up the records merged into it (ON DELETE SET NULL); only merged
-- records have a value, so a partial index stays small.
CREATE INDEX contacts_merged_into ON contacts (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE duplicate_dismissals (
    first_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    second_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    dismissed_at  TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);
CREATE INDEX duplicate_dismissals_second ON duplicate_dismissals (second_id);
