package switchboard.desktop.customer.scoring;

import io.smallrye.config.ConfigMapping;

/** The share of customers in each tier, as percentages of the scored population. */
@ConfigMapping(prefix = "swb.value")
public interface ValueConfig {

    double platinumTopPercent();

    double goldNextPercent();

    double silverNextPercent();
}
