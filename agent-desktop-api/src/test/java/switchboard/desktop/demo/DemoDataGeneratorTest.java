package switchboard.desktop.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.demo.DemoData.CustomerRow;

class DemoDataGeneratorTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final PhoneNumbers NUMBERS = new PhoneNumbers("US");
    private static DemoData data;

    @BeforeAll
    static void generate() {
        data = new DemoDataGenerator(NUMBERS).generate(42, 10_000, MONTH);
    }

    @Test
    void theTopFifthOfCustomersHoldsMostOfTheRevenue() {
        double[] revenue = data.revenueByCustomer();
        Arrays.sort(revenue);
        double total = Arrays.stream(revenue).sum();
        double topFifth = Arrays.stream(revenue, revenue.length * 4 / 5, revenue.length).sum();
        double share = topFifth / total;
        assertTrue(share >= 0.70 && share <= 0.90, "top 20 % hold " + share);
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        DemoData again = new DemoDataGenerator(NUMBERS).generate(42, 10_000, MONTH);
        assertEquals(data, again);
        DemoData other = new DemoDataGenerator(NUMBERS).generate(43, 10_000, MONTH);
        assertNotEquals(data.customers(), other.customers());
    }

    @Test
    void customersLiveInSeveralCountriesAndTimeZonesWithValidNumbers() {
        assertEquals(10_000, data.customers().size());
        Set<String> countries = data.customers().stream().map(CustomerRow::country).collect(Collectors.toSet());
        Set<String> zones = data.customers().stream().map(CustomerRow::timeZone).collect(Collectors.toSet());
        assertTrue(countries.size() >= 6, "countries " + countries);
        assertTrue(zones.size() >= 10, "zones " + zones);
        data.customers().stream().limit(500).forEach(c -> {
            assertEquals(c.phones().get(0), NUMBERS.toE164(c.phones().get(0)));
            assertEquals(c.timeZone(), NUMBERS.timeZone(c.phones().get(0)).orElseThrow().getId());
        });
        assertTrue(data.customers().stream().map(CustomerRow::language).distinct().count() >= 4);
    }

    @Test
    void twelveMonthsOfHistoryWithADecliningCohortAndOpenComplaints() {
        Set<YearMonth> months = data.usage().stream().map(u -> YearMonth.from(u.month())).collect(Collectors.toSet());
        assertEquals(12, months.size());
        assertTrue(months.stream().allMatch(m -> m.isBefore(MONTH) && !m.isBefore(MONTH.minusMonths(12))));
        long openComplaints = data.cases().stream()
                .filter(c -> c.kind().equals("COMPLAINT") && c.status().matches("OPEN|PENDING")).count();
        assertTrue(openComplaints > 300 && openComplaints < 1500, "open complaints " + openComplaints);
        long cancelled = data.accounts().stream().filter(a -> a.status().equals("CANCELLED")).count();
        assertTrue(cancelled > 0);
        Set<String> accountNumbers = new HashSet<>();
        data.accounts().forEach(a -> assertTrue(accountNumbers.add(a.accountNumber()), a.accountNumber()));
    }

    @Test
    void aContactCenterOfSkilledAgentsQueuesAndUsers() {
        assertTrue(data.agents().size() >= 20);
        Set<String> skills = data.agents().stream().flatMap(a -> a.skills().keySet().stream())
                .collect(Collectors.toSet());
        assertTrue(skills.containsAll(Set.of("billing", "support", "sales", "retention", "english", "spanish",
                "german", "french")), "skills " + skills);
        data.queues().forEach(q -> assertTrue(data.agents().stream().anyMatch(a -> q.skills().entrySet().stream()
                .allMatch(r -> a.skills().getOrDefault(r.getKey(), 0) >= r.getValue())),
                "nobody can serve " + q.name()));
        Set<String> roles = data.users().stream().flatMap(u -> u.roles().stream()).collect(Collectors.toSet());
        assertEquals(Set.of("agent", "supervisor", "admin"), roles);
    }
}
