/**
 * What customers buy and use: accounts (subscriptions) with their monthly revenue, purchases
 * (the RFM history) and monthly usage (the churn trend).
 */
package switchboard.desktop.account;
