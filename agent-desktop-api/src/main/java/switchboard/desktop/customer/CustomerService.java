package switchboard.desktop.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.customer.scoring.ScoringService;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.desktop.problem.NotFoundProblem;

/** Creates, changes, finds and summarises customers, within what the caller may see. */
@ApplicationScoped
public class CustomerService {

    private final PhoneNumbers phoneNumbers;
    private final CustomerAccess access;
    private final ScoringService scoring;
    private final Customer360Assembler assembler;

    CustomerService(PhoneNumbers phoneNumbers, CustomerAccess access, ScoringService scoring,
            Customer360Assembler assembler) {
        this.phoneNumbers = phoneNumbers;
        this.access = access;
        this.scoring = scoring;
        this.assembler = assembler;
    }

    @Transactional
    public CustomerView create(CustomerRequest request) {
        Customer customer = new Customer();
        customer.createdBy = access.username();
        apply(request, customer);
        customer.persist();
        customer.flush();
        scoring.score(customer.id);
        Customer.getEntityManager().refresh(customer);
        return CustomerView.of(customer, phoneNumbers);
    }

    @Transactional
    public CustomerView update(long id, CustomerRequest request) {
        Customer customer = visible(id);
        apply(request, customer);
        return CustomerView.of(customer, phoneNumbers);
    }

    @Transactional
    public CustomerView get(long id) {
        return CustomerView.of(visible(id), phoneNumbers);
    }

    @Transactional
    public CustomerView rescore(long id) {
        Customer customer = visible(id);
        scoring.score(id);
        Customer.getEntityManager().refresh(customer);
        return CustomerView.of(customer, phoneNumbers);
    }

    /** Customers matching every given criterion, by last name. */
    @Transactional
    public CustomerPage search(String phone, String region, String name, String account, int page, int size) {
        CustomerSearch search = new CustomerSearch(normalisedPhone(phone, region), blankToNull(name),
                account == null ? null : account.replaceAll("[\\s-]", ""));
        StringBuilder query = new StringBuilder("from Customer c where true");
        Map<String, Object> parameters = new HashMap<>();
        if (search.phoneE164() != null) {
            query.append(" and c.id in (select p.customer.id from CustomerPhone p where p.e164 = :phone)");
            parameters.put("phone", search.phoneE164());
        }
        if (search.accountNumber() != null) {
            query.append(" and c.id in (select a.customerId from Account a where a.accountNumber = :account)");
            parameters.put("account", search.accountNumber());
        }
        if (search.name() != null) {
            appendNameWords(search.name(), query, parameters);
        }
        if (!access.unrestricted()) {
            query.append(" and ").append(CustomerAccess.SERVED_BY_AGENT);
            parameters.putAll(access.parameters());
        }
        var found = Customer.<Customer>find(query.toString(), Sort.by("lastName").and("firstName").and("id"), parameters)
                .page(Page.of(page, size));
        return new CustomerPage(found.list().stream().map(c -> CustomerView.of(c, phoneNumbers)).toList(), page, size,
                found.count());
    }

    /** The 360 view: profile, value and churn with their factors, accounts, calls, open cases, RFM. */
    @Transactional
    public Customer360 view360(long id) {
        return assembler.assemble(visible(id));
    }

    private Customer visible(long id) {
        Customer customer = Customer.findById(id);
        if (customer == null || !access.maySee(customer)) {
            throw new NotFoundProblem("customer", id);
        }
        return customer;
    }

    private void apply(CustomerRequest request, Customer customer) {
        String region = request.region() == null ? phoneNumbers.defaultRegion() : request.region();
        List<CustomerPhone> phones = new ArrayList<>();
        for (CustomerRequest.Phone written : request.phones()) {
            String e164 = phoneNumbers.toE164(written.number(), region);
            if (phones.stream().noneMatch(p -> p.e164.equals(e164))) {
                phones.add(existingOrNew(customer, e164, written.kind()));
            }
        }
        String primary = phones.get(0).e164;
        customer.firstName = request.firstName().strip();
        customer.lastName = request.lastName().strip();
        customer.email = blankToNull(request.email());
        customer.language = request.language();
        customer.timeZone = request.timeZone() != null ? request.timeZone() : derivedTimeZone(primary);
        customer.country = phoneNumbers.region(primary).orElse(null);
        customer.segment = request.segment().name();
        customer.consentPhone = request.consentOrNone().phone();
        customer.consentSms = request.consentOrNone().sms();
        customer.consentEmail = request.consentOrNone().email();
        customer.doNotCall = request.doNotCall();
        customer.phones.retainAll(phones);
        phones.stream().filter(p -> !customer.phones.contains(p)).forEach(customer.phones::add);
    }

    private static CustomerPhone existingOrNew(Customer customer, String e164, CustomerPhone.Kind kind) {
        CustomerPhone phone = customer.phones.stream().filter(p -> p.e164.equals(e164)).findFirst()
                .orElseGet(CustomerPhone::new);
        phone.customer = customer;
        phone.e164 = e164;
        phone.kind = kind == null ? CustomerPhone.Kind.MOBILE : kind;
        return phone;
    }

    private String derivedTimeZone(String e164) {
        return phoneNumbers.timeZone(e164).map(Object::toString).orElseThrow(() -> new InvalidInputProblem("timeZone",
                "is required: " + phoneNumbers.display(e164) + " does not tell which time zone the customer is in"));
    }

    private String normalisedPhone(String phone, String region) {
        if (blankToNull(phone) == null) {
            return null;
        }
        try {
            return phoneNumbers.toE164(phone, region == null ? phoneNumbers.defaultRegion() : region.toUpperCase(Locale.ROOT));
        } catch (InvalidPhoneNumberException | IllegalArgumentException e) {
            throw new InvalidInputProblem("phone", e.getMessage());
        }
    }

    private static void appendNameWords(String name, StringBuilder query, Map<String, Object> parameters) {
        String[] words = name.toLowerCase(Locale.ROOT).strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            query.append(" and (lower(c.firstName) like :w").append(i).append(" or lower(c.lastName) like :w")
                    .append(i).append(')');
            parameters.put("w" + i, words[i].replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
