package switchboard.desktop.customer.scoring;

/**
 * What the models read about one customer, as of the scoring date.
 *
 * @param customerId the customer
 * @param monetary12m total spend in the last 12 months
 * @param purchases12m number of purchases in the last 12 months
 * @param daysSinceLastPurchase days since the last purchase ever, or -1 for none
 * @param usageLast3Months usage units in the last three full months
 * @param usagePrior3Months usage units in the three months before those
 * @param openComplaints complaints not yet resolved
 * @param complaintsLast90Days complaints opened in the last 90 days, whatever their state
 */
public record CustomerFacts(long customerId, double monetary12m, int purchases12m, int daysSinceLastPurchase,
        long usageLast3Months, long usagePrior3Months, int openComplaints, int complaintsLast90Days) {

    public boolean hasPurchased() {
        return daysSinceLastPurchase >= 0;
    }
}
