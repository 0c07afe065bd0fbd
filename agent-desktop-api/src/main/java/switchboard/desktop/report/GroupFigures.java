package switchboard.desktop.report;

import static switchboard.desktop.figures.Figures.oneDecimal;
import static switchboard.desktop.figures.Figures.percent;

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
                percent((double) answeredInThreshold / offered), oneDecimal((double) waitSeconds / answered),
                oneDecimal((double) handleSeconds / answered));
    }
}
