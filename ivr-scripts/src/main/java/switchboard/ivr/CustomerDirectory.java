package switchboard.ivr;

import java.math.BigDecimal;
import java.util.Optional;

/** What the IVR asks the CRM. Implementations must be thread-safe: calls run concurrently. */
public interface CustomerDirectory {

    /** An identified caller. */
    record Caller(String customerId, String firstName, String tier, String language) {
    }

    /** The customer whose number this is (E.164 or as the carrier sent it). */
    Optional<Caller> byPhone(String ani);

    /** The holder of an account number keyed in on the phone. */
    Optional<Caller> byAccount(String accountNumber);

    /** Whether the code the caller keyed in proves they are the customer. */
    boolean verify(String customerId, String code);

    /** The amount the customer owes now, for self-service. */
    Optional<BigDecimal> balance(String customerId);
}
