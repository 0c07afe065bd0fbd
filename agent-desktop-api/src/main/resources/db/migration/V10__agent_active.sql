-- An agent who left keeps their interactions and state history but takes no calls.
alter table agent add column active boolean not null default true;
