-- UK rules count answering-machine detections that were in fact people as abandoned calls: the
-- campaign's evidenced estimate of AMD's false positives, as a percentage of machine outcomes.
alter table campaign add column amd_false_positive_percent numeric(5,2) not null default 0;
