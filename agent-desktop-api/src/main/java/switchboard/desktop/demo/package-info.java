/**
 * Demo data for the embedded default: a deterministic generator (same seed and month, same
 * data) of customers across eight countries with a Pareto value distribution (the top 20 % hold
 * about 80 % of revenue), their accounts, 12 months of purchases and usage (a cohort with
 * declining usage, hence churn risk), cases and past calls; agents with varied skills and
 * languages; queues; and demo users. {@link switchboard.desktop.demo.DemoDataLoader} writes it
 * with JDBC batches on the first start of an empty embedded database.
 */
package switchboard.desktop.demo;
