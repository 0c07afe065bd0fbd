/**
 * Queue KPIs over a rolling window, per queue and per customer tier, as defined in the
 * contact-center rules: service level counts answers within T against offered calls less short
 * abandons (abandons count against it); ASA averages the queue time of answered calls; abandon
 * rate is abandoned over offered, short abandons excluded from both; AHT is talk plus wrap-up over
 * handled calls; occupancy is busy time (reserved, on call, wrap-up) over busy plus available time.
 */
package switchboard.routing.kpi;
