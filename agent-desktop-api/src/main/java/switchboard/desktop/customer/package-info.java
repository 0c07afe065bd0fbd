/**
 * Customers: who they are, how to reach them and whether we may, and the 360 view that puts
 * their value, churn risk, accounts, cases and recent calls on one page.
 *
 * <p>Supervisors and administrators see every customer. An agent sees the customers they serve:
 * those with an interaction the agent handled, and those the agent created.
 */
package switchboard.desktop.customer;
