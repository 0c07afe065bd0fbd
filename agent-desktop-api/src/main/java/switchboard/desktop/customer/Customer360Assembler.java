package switchboard.desktop.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.account.Account;
import switchboard.desktop.cases.SupportCase;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.customer.scoring.CustomerFacts;
import switchboard.desktop.customer.scoring.ScoringService;
import switchboard.desktop.problem.NotFoundProblem;

/**
 * Puts a customer's 360 view together. Checks no access: callers do (the REST API for the user,
 * the screen-pop for the agent the call was given to).
 */
@ApplicationScoped
public class Customer360Assembler {

    private static final int LAST_INTERACTIONS = 10;

    private final PhoneNumbers phoneNumbers;
    private final ScoringService scoring;
    private final CustomerHistory history;
    private final Clock clock;

    Customer360Assembler(PhoneNumbers phoneNumbers, ScoringService scoring, CustomerHistory history, Clock clock) {
        this.phoneNumbers = phoneNumbers;
        this.scoring = scoring;
        this.history = history;
        this.clock = clock;
    }

    /** The 360 view of a customer by id; {@link NotFoundProblem} if there is none. */
    @Transactional
    public Customer360 assemble(long customerId) {
        Customer customer = Customer.findById(customerId);
        if (customer == null) {
            throw new NotFoundProblem("customer", customerId);
        }
        return assemble(customer);
    }

    @Transactional
    public Customer360 assemble(Customer customer) {
        long id = customer.id;
        CustomerFacts facts = scoring.facts(id).orElseThrow(() -> new NotFoundProblem("customer", id));
        List<Account> accounts = Account.list("customerId", Sort.by("status").and("startDate"), id);
        BigDecimal revenue = accounts.stream().filter(a -> a.status == Account.Status.ACTIVE)
                .map(a -> a.monthlyRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        CustomerView view = CustomerView.of(customer, phoneNumbers);
        return new Customer360(view,
                new Customer360.Value(customer.valueScore, customer.valueTier, view.rfm(), customer.valueFactors,
                        customer.scoredAt),
                new Customer360.Churn(customer.churnRisk, customer.churnFactors),
                new Customer360.Rfm(facts.hasPurchased() ? facts.daysSinceLastPurchase() : null, facts.purchases12m(),
                        facts.monetary12m()),
                accounts.stream().map(a -> new Customer360.AccountLine(a.accountNumber, a.product, a.monthlyRevenue,
                        a.startDate, a.status.name())).toList(),
                revenue, history.lastInteractions(id, LAST_INTERACTIONS), openCases(id));
    }

    private List<Customer360.CaseLine> openCases(long customerId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<SupportCase> cases = SupportCase.list("customerId = ?1 and status in ?2",
                Sort.by("priority", Sort.Direction.Descending).and("openedAt"), customerId,
                List.of(SupportCase.Status.OPEN, SupportCase.Status.PENDING));
        return cases.stream().map(c -> new Customer360.CaseLine(c.id, c.kind.name(), c.subject, c.status.name(),
                c.priority.name(), c.openedAt, c.dueDate, c.dueDate != null && c.dueDate.isBefore(today))).toList();
    }
}
