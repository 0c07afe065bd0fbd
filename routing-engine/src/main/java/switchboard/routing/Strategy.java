package switchboard.routing;

/**
 * How a queue picks among eligible available agents. {@link #VALUE_MATCHED} is Switchboard's own;
 * the others are baselines for comparison, the last five named after Asterisk app_queue's.
 */
public enum Strategy {
    /** Proficiency fit, value fit, fairness and preferred agent, weighted: see {@code select.ValueMatchedSelector}. */
    VALUE_MATCHED,
    /** The highest mean proficiency on the required skills. */
    MOST_SKILLED,
    /** The agent available for longest. */
    LONGEST_IDLE,
    /** The agent whose last call ended longest ago. */
    LEAST_RECENT,
    /** The agent who has answered fewest calls since logging in. */
    FEWEST_CALLS,
    /** Any eligible agent, from a seeded generator. */
    RANDOM,
    /** Round robin, starting after the agent who took the last call. */
    RR_MEMORY,
    /** In agent-id order, lowest penalty (5 − proficiency) first. */
    LINEAR
}
