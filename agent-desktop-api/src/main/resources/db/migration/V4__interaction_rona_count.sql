-- How many agents were rung in vain before the call was answered or lost (RONA).
alter table interaction add column rona_count integer not null default 0;
