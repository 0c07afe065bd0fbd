-- A call that ended in the IVR with a callback booked instead of waiting.
alter table interaction drop constraint interaction_outcome_check;
alter table interaction add constraint interaction_outcome_check check (outcome in
    ('IN_PROGRESS', 'ANSWERED', 'ABANDONED', 'SHORT_ABANDONED', 'CONTAINED_IN_IVR', 'CALLBACK_REQUESTED',
     'TRANSFERRED', 'NO_ANSWER', 'BUSY', 'MACHINE', 'FAILED'));
