package switchboard.desktop.dnc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.desktop.problem.Problem;

/** The do-not-call lists: a customer's request takes effect at once, for every campaign. */
@ApplicationScoped
public class DoNotCallList {

    /** An external list must be refreshed at least this often (the US national registry's rule). */
    public static final Duration MAX_AGE = Duration.ofDays(31);

    private final Clock clock;
    private final PhoneNumbers numbers;

    DoNotCallList(Clock clock, PhoneNumbers numbers) {
        this.clock = clock;
        this.numbers = numbers;
    }

    /** An external list as imported. */
    public record ListInfo(String source, long entries, Instant importedAt, boolean stale) {
    }

    /**
     * Replaces an external list with the numbers in {@code csv} (a {@code phone} header, then a
     * number a line, in any written form). All or nothing: any bad line rejects the import, each
     * named. Returns how many numbers the list now holds.
     */
    @Transactional
    public int importList(String source, String csv) {
        if (DncEntry.INTERNAL.equals(source)) {
            throw new InvalidInputProblem("source", "'internal' is the customers' own list; name the external list");
        }
        List<String> lines = csv.lines().toList();
        List<Problem.FieldError> rejected = new ArrayList<>();
        Set<String> phones = new LinkedHashSet<>();
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase("phone")) {
            rejected.add(new Problem.FieldError("line 1", "the header must be phone"));
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                phones.add(numbers.toE164(line));
            } catch (InvalidPhoneNumberException e) {
                rejected.add(new Problem.FieldError("line " + (i + 1), e.getMessage()));
            }
        }
        if (!rejected.isEmpty()) {
            throw new InvalidInputProblem(rejected.size() + " line(s) rejected; the list was not changed", rejected);
        }
        DncEntry.delete("source", source);
        Instant now = clock.instant();
        for (String phone : phones) {
            DncEntry entry = new DncEntry();
            entry.phone = phone;
            entry.source = source;
            entry.addedAt = now;
            entry.persist();
        }
        return phones.size();
    }

    /** The external lists, each with its size and age; stale when older than {@link #MAX_AGE}. */
    @Transactional
    public List<ListInfo> externalLists() {
        Instant oldest = clock.instant().minus(MAX_AGE);
        // One grouped query: a national list holds millions of numbers, and every US dial asks.
        List<Object[]> rows = DncEntry.getEntityManager().createQuery("select e.source, count(e), max(e.addedAt) "
                + "from DncEntry e where e.source <> ?1 group by e.source order by e.source", Object[].class)
                .setParameter(1, DncEntry.INTERNAL).getResultList();
        return rows.stream().map(r -> new ListInfo((String) r[0], (Long) r[1], (Instant) r[2],
                ((Instant) r[2]).isBefore(oldest))).toList();
    }

    /** The customer asked not to be called: their number goes on the internal list, and the customer is marked. */
    @Transactional
    public void customerAsked(String phone, Long customerId) {
        if (phone != null && DncEntry.count("phone = ?1 and source = ?2", phone, DncEntry.INTERNAL) == 0) {
            DncEntry entry = new DncEntry();
            entry.phone = phone;
            entry.source = DncEntry.INTERNAL;
            entry.addedAt = clock.instant();
            entry.persist();
        }
        if (customerId != null) {
            Customer.<Customer>findByIdOptional(customerId).ifPresent(c -> c.doNotCall = true);
        }
    }
}
