package switchboard.desktop.customer.phone;

import io.smallrye.config.ConfigMapping;

/** How numbers written without a country code are read. */
@ConfigMapping(prefix = "swb.phone")
public interface PhoneConfig {

    /** ISO 3166 region for numbers written in national form, e.g. {@code US} or {@code GB}. */
    String defaultRegion();
}
