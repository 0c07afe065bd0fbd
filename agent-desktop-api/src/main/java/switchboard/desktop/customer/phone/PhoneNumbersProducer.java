package switchboard.desktop.customer.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** Makes one {@link PhoneNumbers} for the configured default region. */
@ApplicationScoped
class PhoneNumbersProducer {

    @Produces
    @Singleton
    PhoneNumbers phoneNumbers(PhoneConfig config) {
        return new PhoneNumbers(config.defaultRegion());
    }
}
