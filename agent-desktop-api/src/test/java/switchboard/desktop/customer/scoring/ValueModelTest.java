package switchboard.desktop.customer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ValueModelTest {

    private static final TierPolicy TIERS = new TierPolicy(5, 15, 30);

    /** Customers 1..n spending 1..n times 100, all recent and regular. */
    private static List<CustomerFacts> ladder(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new CustomerFacts(i, i * 100.0, 12, 10, 100, 100, 0, 0))
                .toList();
    }

    @Test
    void tiersTakeTheConfiguredSharesOfThePopulation() {
        List<CustomerFacts> population = ladder(1000);
        ValueModel model = ValueModel.fit(population);
        Map<ValueTier, Integer> counts = new EnumMap<>(ValueTier.class);
        population.forEach(f -> counts.merge(model.assess(f, TIERS).tier(), 1, Integer::sum));
        assertEquals(50, counts.get(ValueTier.PLATINUM), 2);
        assertEquals(150, counts.get(ValueTier.GOLD), 2);
        assertEquals(300, counts.get(ValueTier.SILVER), 2);
        assertEquals(500, counts.get(ValueTier.BRONZE), 2);
    }

    @Test
    void theBiggestSpenderIsPlatinumWithTopRfmAndTheSmallestIsBronze() {
        List<CustomerFacts> population = ladder(500);
        ValueModel model = ValueModel.fit(population);
        ValueAssessment top = model.assess(population.get(499), TIERS);
        ValueAssessment bottom = model.assess(population.get(0), TIERS);
        assertEquals(ValueTier.PLATINUM, top.tier());
        assertEquals(100, top.score(), 0.01);
        assertEquals(5, top.rfm().monetary());
        assertEquals(ValueTier.BRONZE, bottom.tier());
        assertEquals(1, bottom.rfm().monetary());
    }

    @Test
    void aLapsedCustomerIsWorthLessThanAnActiveOneWhoSpentTheSame() {
        List<CustomerFacts> population = new ArrayList<>(ladder(200));
        CustomerFacts active = new CustomerFacts(1001, 10_000, 12, 5, 0, 0, 0, 0);
        CustomerFacts lapsed = new CustomerFacts(1002, 10_000, 12, 300, 0, 0, 0, 0);
        ValueModel model = ValueModel.fit(population);
        ValueAssessment a = model.assess(active, TIERS);
        ValueAssessment l = model.assess(lapsed, TIERS);
        assertTrue(ValueModel.expectedValue(active) > ValueModel.expectedValue(lapsed));
        assertTrue(a.score() > l.score(), a.score() + " should beat " + l.score());
        assertTrue(a.rfm().recency() > l.rfm().recency());
    }

    @Test
    void theFactorsExplainTheScore() {
        ValueModel model = ValueModel.fit(ladder(100));
        ValueAssessment value = model.assess(new CustomerFacts(7, 2_500, 6, 20, 0, 0, 0, 0), TIERS);
        List<String> names = value.factors().stream().map(Factor::name).toList();
        assertEquals(List.of("monetary12m", "recency", "frequency", "expectedValue"), names);
        assertEquals(2_500, value.factors().get(0).value());
        assertEquals(0.85, value.factors().get(2).effect(), 1e-9);
        assertTrue(value.factors().get(3).description().contains("above"));
    }

    @Test
    void aCustomerWhoNeverBoughtScoresZeroAndRecencyOne() {
        ValueModel model = ValueModel.fit(ladder(100));
        ValueAssessment value = model.assess(new CustomerFacts(9, 0, 0, -1, 0, 0, 0, 0), TIERS);
        assertEquals(0, value.score());
        assertEquals(ValueTier.BRONZE, value.tier());
        assertEquals(1, value.rfm().recency());
    }

    @Test
    void tierSharesMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new TierPolicy(0, 15, 30));
        assertThrows(IllegalArgumentException.class, () -> new TierPolicy(50, 40, 30));
    }
}
