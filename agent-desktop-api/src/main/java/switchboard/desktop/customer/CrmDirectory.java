package switchboard.desktop.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.account.Account;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.ivr.CustomerDirectory;

/**
 * The IVR's view of the CRM. Called on FastAGI threads, each call in its own transaction. A
 * caller it identifies has their profile read for the screen-pop at once, while the IVR goes on.
 */
@ApplicationScoped
public class CrmDirectory implements CustomerDirectory {

    private static final int CODE_DIGITS = 4;

    private final PhoneNumbers numbers;
    private final CallerProfiles profiles;

    CrmDirectory(PhoneNumbers numbers, CallerProfiles profiles) {
        this.numbers = numbers;
        this.profiles = profiles;
    }

    @Override
    @Transactional
    public Optional<Caller> byPhone(String ani) {
        String e164;
        try {
            e164 = numbers.toE164(ani);
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
        Optional<Caller> caller = CustomerPhone.<CustomerPhone>find("e164", e164).firstResultOptional()
                .map(phone -> caller(phone.customer));
        if (caller.isEmpty()) {
            profiles.noCustomerWith(e164);
        }
        return caller;
    }

    @Override
    @Transactional
    public Optional<Caller> byAccount(String accountNumber) {
        return Account.<Account>find("accountNumber", accountNumber).firstResultOptional()
                .map(account -> Customer.<Customer>findById(account.customerId)).map(this::caller);
    }

    /** The code is the last four digits of any of the customer's account numbers. */
    @Override
    @Transactional
    public boolean verify(String customerId, String code) {
        if (code == null || code.length() != CODE_DIGITS) {
            return false;
        }
        List<Account> accounts = Account.list("customerId", Long.valueOf(customerId));
        return accounts.stream().anyMatch(a -> a.accountNumber.endsWith(code));
    }

    /** What the customer pays a month on their active accounts. */
    @Override
    @Transactional
    public Optional<BigDecimal> balance(String customerId) {
        List<Account> accounts = Account.list("customerId = ?1 and status = ?2", Long.valueOf(customerId),
                Account.Status.ACTIVE);
        return accounts.isEmpty() ? Optional.empty()
                : Optional.of(accounts.stream().map(a -> a.monthlyRevenue).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private Caller caller(Customer customer) {
        profiles.prefetch(customer.id);
        return new Caller(String.valueOf(customer.id), customer.firstName,
                customer.valueTier == null ? "BRONZE" : customer.valueTier.name(), customer.language);
    }
}
