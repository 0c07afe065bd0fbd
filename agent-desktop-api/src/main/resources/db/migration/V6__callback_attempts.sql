-- How many times a callback was dialled without reaching the customer.
alter table callback add column attempts integer not null default 0;
