package switchboard.desktop.customer;

import java.time.Instant;
import java.util.List;

import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.customer.scoring.RfmScore;
import switchboard.desktop.customer.scoring.ValueTier;

/** A customer as the API shows it. */
public record CustomerView(long id, String firstName, String lastName, String email, String language,
        String timeZone, String country, String segment, List<PhoneView> phones, CustomerRequest.Consent consent,
        boolean doNotCall, Double valueScore, ValueTier valueTier, Double churnRisk, String rfm, Instant scoredAt,
        Instant createdAt, Instant updatedAt) {

    /** A number in E.164 and as people write it. */
    public record PhoneView(String e164, String display, CustomerPhone.Kind kind) {
    }

    static CustomerView of(Customer c, PhoneNumbers numbers) {
        return new CustomerView(c.id, c.firstName, c.lastName, c.email, c.language, c.timeZone, c.country,
                c.segment, c.phones.stream().map(p -> new PhoneView(p.e164, numbers.display(p.e164), p.kind)).toList(),
                new CustomerRequest.Consent(c.consentPhone, c.consentSms, c.consentEmail), c.doNotCall, c.valueScore,
                c.valueTier, c.churnRisk, rfmCode(c), c.scoredAt, c.createdAt, c.updatedAt);
    }

    private static String rfmCode(Customer c) {
        return c.rfmRecency == null ? null : new RfmScore(c.rfmRecency, c.rfmFrequency, c.rfmMonetary).code();
    }
}
