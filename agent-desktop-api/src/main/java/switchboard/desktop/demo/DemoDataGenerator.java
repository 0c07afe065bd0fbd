package switchboard.desktop.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.demo.DemoData.AccountRow;
import switchboard.desktop.demo.DemoData.AgentRow;
import switchboard.desktop.demo.DemoData.CaseRow;
import switchboard.desktop.demo.DemoData.CustomerRow;
import switchboard.desktop.demo.DemoData.InteractionRow;
import switchboard.desktop.demo.DemoData.PurchaseRow;
import switchboard.desktop.demo.DemoData.QueueRow;
import switchboard.desktop.demo.DemoData.UsageRow;

/**
 * Generates a demo data set. The same seed, size and month always give the same data.
 *
 * <p>Monthly revenue per customer is Pareto-distributed (α = 1.03, 15 to 40,000 a month), which
 * puts about 80 % of revenue with the top 20 % of customers. 80 % of customers are steady, 14 %
 * have usage falling over the last four months (and more complaints), 6 % cancelled between 4 and
 * 11 months ago.
 */
public final class DemoDataGenerator {

    private static final double PARETO_ALPHA = 1.03;
    private static final double MIN_MONTHLY = 15;
    private static final double MAX_MONTHLY = 40_000;
    private static final int HISTORY_MONTHS = 12;
    private static final double[] DECLINE_BY_MONTHS_AGO = { 0.3, 0.45, 0.6, 0.8 };
    private static final List<String> DISPOSITIONS = List.of("resolved", "info-provided", "billing-adjusted",
            "escalated", "upgrade-sold", "retained");
    private static final String[] COMPLAINTS = { "Overcharged on last bill", "Repeated dropped calls",
            "Fiber slower than contracted", "Technician did not show up", "Roaming charges disputed",
            "Service outage not credited" };
    private static final String[] REQUESTS = { "Change billing address", "Upgrade plan", "Add a line",
            "Paper invoices", "Move service to new address" };

    private final DemoPhoneBook phoneBook;

    public DemoDataGenerator(PhoneNumbers numbers) {
        this.phoneBook = new DemoPhoneBook(numbers);
    }

    /** Customer behaviour over the last year. */
    private enum Cohort {
        STEADY, DECLINING, LAPSED
    }

    /**
     * @param seed the random seed
     * @param customerCount how many customers
     * @param currentMonth the month "now" falls in; all history lies before its first day
     */
    public DemoData generate(long seed, int customerCount, YearMonth currentMonth) {
        return generate(seed, customerCount, DemoWorkforce.agents().size(), currentMonth);
    }

    /** As above, with {@code agentCount} agents (at least the 24 named ones, who handled the past calls). */
    public DemoData generate(long seed, int customerCount, int agentCount, YearMonth currentMonth) {
        Run run = new Run(new SplittableRandom(seed), currentMonth);
        for (int i = 1; i <= customerCount; i++) {
            run.customer(i);
        }
        List<AgentRow> agents = DemoWorkforce.agents(Math.max(agentCount, DemoWorkforce.agents().size()));
        return new DemoData(DemoWorkforce.SKILLS, DemoWorkforce.TEAMS, agents, DemoWorkforce.queues(), run.customers,
                run.accounts, run.purchases, run.usage, run.cases, run.interactions, DemoWorkforce.users(agents));
    }

    /** The state of one generation. */
    private final class Run {

        private final SplittableRandom random;
        private final YearMonth currentMonth;
        private final Instant now;
        private final List<AgentRow> agents = DemoWorkforce.agents();
        private final List<QueueRow> queues = DemoWorkforce.queues();
        final List<CustomerRow> customers = new ArrayList<>();
        final List<AccountRow> accounts = new ArrayList<>();
        final List<PurchaseRow> purchases = new ArrayList<>();
        final List<UsageRow> usage = new ArrayList<>();
        final List<CaseRow> cases = new ArrayList<>();
        final List<InteractionRow> interactions = new ArrayList<>();

        Run(SplittableRandom random, YearMonth currentMonth) {
            this.random = random;
            this.currentMonth = currentMonth;
            this.now = currentMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        void customer(long id) {
            DemoPhoneBook.Country country = phoneBook.pickCountry(random);
            DemoPhoneBook.Line line = phoneBook.line(country, random);
            List<String> phones = new ArrayList<>(List.of(line.e164()));
            if (chance(0.25)) {
                String second = phoneBook.line(country, random).e164();
                if (!second.equals(line.e164())) {
                    phones.add(second);
                }
            }
            String language = country.secondLanguage() != null && chance(0.15) ? country.secondLanguage()
                    : country.language();
            String first = pick(country.firstNames());
            String last = pick(country.lastNames());
            double monthly = paretoMonthlyRevenue();
            Cohort cohort = cohort();
            customers.add(new CustomerRow(id, first, last, email(first, last, id), language, line.timeZone(),
                    line.region(), segment(monthly), phones, chance(0.85), chance(0.6), chance(0.7), chance(0.03)));
            int cancelledMonthsAgo = cohort == Cohort.LAPSED ? 4 + random.nextInt(8) : 0;
            for (double share : accountShares(monthly)) {
                account(id, monthly * share, cohort, cancelledMonthsAgo);
            }
            extras(id);
            cases(id, cohort);
            interactions(id, language, line.e164());
        }

        private void account(long customerId, double monthly, Cohort cohort, int cancelledMonthsAgo) {
            long id = accounts.size() + 1L;
            YearMonth started = currentMonth.minusMonths(2 + random.nextInt(96));
            double revenue = round2(monthly);
            accounts.add(new AccountRow(id, customerId, String.format(Locale.ROOT, "%08d", 20_000_000 + id * 37
                    + random.nextInt(37)), product(revenue), revenue, started.atDay(1 + random.nextInt(28)),
                    cohort == Cohort.LAPSED ? "CANCELLED" : "ACTIVE"));
            int baseUnits = 200 + random.nextInt(1800);
            for (int monthsAgo = HISTORY_MONTHS; monthsAgo >= 1; monthsAgo--) {
                YearMonth month = currentMonth.minusMonths(monthsAgo);
                boolean live = !month.isBefore(started) && (cancelledMonthsAgo == 0 || monthsAgo > cancelledMonthsAgo);
                if (live) {
                    purchases.add(new PurchaseRow(customerId, id, at(month, random.nextInt(28)),
                            round2(revenue * (0.95 + 0.1 * random.nextDouble())), "INVOICE"));
                    double trend = cohort == Cohort.DECLINING && monthsAgo <= DECLINE_BY_MONTHS_AGO.length
                            ? DECLINE_BY_MONTHS_AGO[monthsAgo - 1] : 1;
                    usage.add(new UsageRow(id, month.atDay(1),
                            (int) Math.round(baseUnits * trend * (0.9 + 0.2 * random.nextDouble()))));
                }
            }
        }

        /** Occasional add-ons and the odd device, against the customer's first account. */
        private void extras(long customerId) {
            AccountRow account = accounts.get(accounts.size() - 1);
            for (int monthsAgo = HISTORY_MONTHS; monthsAgo >= 1; monthsAgo--) {
                if (chance(0.08)) {
                    purchases.add(new PurchaseRow(customerId, account.id(),
                            at(currentMonth.minusMonths(monthsAgo), random.nextInt(28)),
                            round2(5 + 55 * random.nextDouble()), "ADD_ON"));
                }
            }
            if (chance(0.08)) {
                purchases.add(new PurchaseRow(customerId, account.id(),
                        at(currentMonth.minusMonths(1 + random.nextInt(HISTORY_MONTHS)), random.nextInt(28)),
                        round2(150 + 1050 * random.nextDouble()), "DEVICE"));
            }
        }

        private void cases(long customerId, Cohort cohort) {
            if (chance(cohort == Cohort.STEADY ? 0.04 : 0.35)) {
                Instant opened = now.minusSeconds(86_400L * (1 + random.nextInt(60)));
                cases.add(new CaseRow(customerId, "COMPLAINT", pick(List.of(COMPLAINTS)), chance(0.7) ? "OPEN"
                        : "PENDING", pick(List.of("NORMAL", "HIGH", "URGENT")), opened,
                        LocalDate.ofInstant(opened, ZoneOffset.UTC).plusDays(14), null));
            }
            if (chance(0.15)) {
                boolean complaint = chance(0.4);
                Instant opened = now.minusSeconds(86_400L * (30 + random.nextInt(300)));
                cases.add(new CaseRow(customerId, complaint ? "COMPLAINT" : "REQUEST",
                        pick(List.of(complaint ? COMPLAINTS : REQUESTS)), chance(0.5) ? "RESOLVED" : "CLOSED",
                        pick(List.of("LOW", "NORMAL", "HIGH")), opened,
                        LocalDate.ofInstant(opened, ZoneOffset.UTC).plusDays(14),
                        opened.plusSeconds(86_400L * (2 + random.nextInt(18)))));
            }
        }

        private void interactions(long customerId, String language, String ani) {
            if (!chance(0.35)) {
                return;
            }
            int calls = 1 + random.nextInt(3);
            for (int c = 0; c < calls; c++) {
                QueueRow queue = queueFor(language);
                List<AgentRow> eligible = agents.stream().filter(a -> serves(a, queue)).toList();
                Instant offered = now.minusSeconds(3_600L * (1 + random.nextInt(24 * 330)));
                int wait = 3 + random.nextInt(90);
                boolean answered = !eligible.isEmpty() && chance(0.9);
                String callId = String.format(Locale.ROOT, "demo-%07d", interactions.size() + 1);
                if (answered) {
                    int talk = 60 + random.nextInt(840);
                    int wrap = 10 + random.nextInt(50);
                    Instant answeredAt = offered.plusSeconds(wait);
                    interactions.add(new InteractionRow(callId, customerId, pick(eligible).id(), queue.id(), ani,
                            offered, answeredAt, answeredAt.plusSeconds(talk), wait, talk, wrap, "ANSWERED",
                            pick(DISPOSITIONS), "Caller asked about " + queue.description().toLowerCase(Locale.ROOT),
                            "identified>" + queue.name()));
                } else {
                    interactions.add(new InteractionRow(callId, customerId, null, queue.id(), ani, offered, null,
                            offered.plusSeconds(wait + 30L), wait + 30, null, null, "ABANDONED", null, null,
                            "identified>" + queue.name()));
                }
            }
        }

        private QueueRow queueFor(String language) {
            return switch (language) {
                case "es" -> queues.get(chance(0.7) ? 2 : 1);
                case "de" -> queues.get(chance(0.7) ? 4 : 3);
                default -> queues.get(1 + random.nextInt(queues.size() - 1));
            };
        }

        private static boolean serves(AgentRow agent, QueueRow queue) {
            return queue.skills().entrySet().stream()
                    .allMatch(required -> agent.skills().getOrDefault(required.getKey(), 0) >= required.getValue());
        }

        private Cohort cohort() {
            double draw = random.nextDouble();
            return draw < 0.80 ? Cohort.STEADY : draw < 0.94 ? Cohort.DECLINING : Cohort.LAPSED;
        }

        private double paretoMonthlyRevenue() {
            double u = 1 - random.nextDouble();
            return Math.min(MAX_MONTHLY, MIN_MONTHLY * Math.pow(u, -1 / PARETO_ALPHA));
        }

        private double[] accountShares(double monthly) {
            if (monthly < 60) {
                return new double[] { 1 };
            }
            double first = 0.5 + 0.3 * random.nextDouble();
            return monthly < 500 ? new double[] { first, 1 - first }
                    : new double[] { first, (1 - first) * 0.6, (1 - first) * 0.4 };
        }

        private Instant at(YearMonth month, int dayOffset) {
            return month.atDay(1 + dayOffset).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plusSeconds(8 * 3600L + random.nextInt(12 * 3600));
        }

        private boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }
    }

    private static String segment(double monthly) {
        return monthly >= 1_000 ? "ENTERPRISE" : monthly >= 250 ? "SMALL_BUSINESS" : "CONSUMER";
    }

    private static String product(double monthly) {
        if (monthly >= 1_000) {
            return "Enterprise Connect";
        }
        if (monthly >= 250) {
            return "Business Fiber";
        }
        if (monthly >= 80) {
            return "Fiber 1G";
        }
        return monthly >= 40 ? "Mobile Unlimited" : "Mobile Basic";
    }

    private static String email(String first, String last, long id) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "");
        String ascii = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii + id + "@example.com";
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
