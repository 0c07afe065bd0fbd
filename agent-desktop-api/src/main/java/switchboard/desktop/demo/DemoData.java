package switchboard.desktop.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A generated data set. Ids are positions, starting at 1, so rows can refer to each other
 * before the database has seen them.
 */
public record DemoData(List<String> skills, List<String> teams, List<AgentRow> agents, List<QueueRow> queues,
        List<CustomerRow> customers, List<AccountRow> accounts, List<PurchaseRow> purchases, List<UsageRow> usage,
        List<CaseRow> cases, List<InteractionRow> interactions, List<UserRow> users) {

    /** An agent; skills map skill name to proficiency. */
    public record AgentRow(long id, String code, String name, String team, Map<String, Integer> skills) {
    }

    /** A queue; skills map skill name to minimum proficiency. */
    public record QueueRow(long id, String name, String description, int basePriority, int slTargetPercent,
            int slThresholdSeconds, int wrapUpSeconds, int ringTimeoutSeconds, Integer maxWaitSeconds,
            String overflowQueue, Map<String, Integer> skills, List<StepRow> steps) {
    }

    /** A relaxation step of a queue. */
    public record StepRow(int afterSeconds, int lowerProficiencyBy, String dropSkills) {
    }

    /** A customer. */
    public record CustomerRow(long id, String firstName, String lastName, String email, String language,
            String timeZone, String country, String segment, List<String> phones, boolean consentPhone,
            boolean consentSms, boolean consentEmail, boolean doNotCall) {
    }

    /** An account; status ACTIVE or CANCELLED. */
    public record AccountRow(long id, long customerId, String accountNumber, String product, double monthlyRevenue,
            LocalDate startDate, String status) {
    }

    /** A purchase. */
    public record PurchaseRow(long customerId, long accountId, Instant occurredAt, double amount, String kind) {
    }

    /** One month's usage of an account. */
    public record UsageRow(long accountId, LocalDate month, int units) {
    }

    /** A case. */
    public record CaseRow(long customerId, String kind, String subject, String status, String priority,
            Instant openedAt, LocalDate dueDate, Instant closedAt) {
    }

    /** A past call. */
    public record InteractionRow(String callId, long customerId, Long agentId, long queueId, String ani,
            Instant offeredAt, Instant answeredAt, Instant endedAt, int waitSeconds, Integer talkSeconds,
            Integer wrapSeconds, String outcome, String disposition, String notes, String ivrPath) {
    }

    /** A login; agentId is set for agents. */
    public record UserRow(long id, String username, List<String> roles, Long agentId) {
    }

    /** Total purchases per customer, indexed by customer id - 1. */
    public double[] revenueByCustomer() {
        double[] revenue = new double[customers.size()];
        purchases.forEach(p -> revenue[(int) p.customerId() - 1] += p.amount());
        return revenue;
    }
}
