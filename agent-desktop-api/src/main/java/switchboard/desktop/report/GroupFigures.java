package switchboard.desktop.report;

/**
 * One queue's or one tier's calls in an interval, by when they were offered. Short abandons are
 * neither offered nor in the service level; SL counts abandons against it (answered within the
 * queue's threshold ÷ offered).
 *
 * @param group the queue's name, or the tier ({@code UNKNOWN} for callers the CRM did not know)
 * @param serviceLevelPercent null when nothing was offered
 * @param asaSeconds null when nothing was answered
 * @param ahtSeconds talk, hold and wrap-up per answered call; null when nothing was answered
 */
public record GroupFigures(String group, long offered, long answered, long abandoned, long shortAbandoned,
        Double serviceLevelPercent, Double asaSeconds, Double ahtSeconds) {

    static GroupFigures of(String group, long offered, long answered, long abandoned, long shortAbandoned,
            long answeredInThreshold, long waitSeconds, long handleSeconds) {
        return new GroupFigures(group, offered, answered, abandoned, shortAbandoned,
                offered == 0 ? null : round(100.0 * answeredInThreshold / offered),
                answered == 0 ? null : round((double) waitSeconds / answered),
                answered == 0 ? null : round((double) handleSeconds / answered));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
