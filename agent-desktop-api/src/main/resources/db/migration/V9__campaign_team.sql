-- A campaign may be worked by one team only (of the agents who qualify for its queue).
alter table campaign add column team_id bigint references team (id);
