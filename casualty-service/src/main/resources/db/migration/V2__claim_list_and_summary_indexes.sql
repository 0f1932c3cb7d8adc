-- The list filtered by subject and category, newest first, without reading other subjects' rows.
create index casualty_claim_subject_category_as_of_idx
    on casualty_claim (subject, category, as_of desc, id desc) where status = 'ACTIVE';

-- The summary walks claimants one index probe at a time (a loose index scan), so equipment type is part of the key.
drop index casualty_claim_summary_idx;
create index casualty_claim_summary_idx
    on casualty_claim (subject, category, scope_kind, equipment_type, claimant, as_of desc) where status = 'ACTIVE';
