-- Version 3: a reference list may cite the same work at two positions (a duplicated entry, or
-- two entries merged into one reference), so a link's position is part of what makes it unique.
DROP INDEX links_unique;
CREATE UNIQUE INDEX links_unique ON links(source_id, target_id, relation, coalesce(span_start, -1), coalesce(position, -1));
