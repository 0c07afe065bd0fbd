package switchboard.desktop.customer;

import switchboard.desktop.customer.scoring.ValueTier;

/**
 * What the agent should try first, from the 360 view, most pressing rule first: an open
 * complaint is resolved before anything is sold; a valuable customer at risk (churn ≥ 0.5,
 * GOLD or better) gets a retention offer; anyone at risk gets a satisfaction check; PLATINUM
 * customers are thanked for their loyalty; others get their request answered and an upgrade
 * suggested if it fits.
 */
public final class NextBestAction {

    private static final double AT_RISK = 0.5;

    private NextBestAction() {
    }

    public static String of(Customer360 view) {
        if (!view.openCases().isEmpty()) {
            Customer360.CaseLine first = view.openCases().get(0);
            return "Resolve the open " + first.kind().toLowerCase() + " first: " + first.subject()
                    + (first.overdue() ? " (overdue)" : "");
        }
        double risk = view.churn().risk() == null ? 0 : view.churn().risk();
        ValueTier tier = view.value().tier();
        boolean valuable = tier == ValueTier.PLATINUM || tier == ValueTier.GOLD;
        if (risk >= AT_RISK && valuable) {
            return "Retention offer: a valuable customer at risk of leaving";
        }
        if (risk >= AT_RISK) {
            return "Check satisfaction: this customer may be about to leave";
        }
        if (tier == ValueTier.PLATINUM) {
            return "Thank them for their loyalty; offer priority support";
        }
        return "Answer the request; suggest an upgrade if it fits";
    }
}
