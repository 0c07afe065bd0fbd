-- How far each node's journal of facts (interactions, agent states, dial attempts) is written:
-- moved in the same transaction as the facts, so no fact is applied twice.
create table record_progress (
    journal      varchar(64) primary key,
    applied_seq  bigint      not null,
    applied_at   timestamptz not null default now()
);
