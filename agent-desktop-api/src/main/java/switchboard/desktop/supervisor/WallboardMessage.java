package switchboard.desktop.supervisor;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import switchboard.desktop.campaign.CampaignView;
import switchboard.routing.CustomerTier;

/**
 * A message of {@code /ws/supervisor}, one record per message type; its components are the
 * message's fields and the envelope ({@code type}, {@code ts}) is added in one place,
 * {@link switchboard.desktop.socket.Envelope}.
 */
sealed interface WallboardMessage {

    @JsonIgnore
    String type();

    /** The last hour, for a wallboard that just connected. */
    record History(List<QueueTrend.Sample> samples) implements WallboardMessage {
        @Override
        public String type() {
            return "history";
        }
    }

    /** A queue broke a rule (service level, longest wait...). */
    record Alert(String queue, String rule, String message) implements WallboardMessage {
        @Override
        public String type() {
            return "alert";
        }
    }

    /** Every queue and tier now; the longest wait that raises an alert. */
    record QueueStatsNow(List<QueueStats> queues, Map<CustomerTier, QueueStats.KpiView> tiers,
            double longestWaitAlertSeconds) implements WallboardMessage {
        @Override
        public String type() {
            return "queue-stats";
        }
    }

    record AgentBoard(List<SupervisorViews.AgentLine> agents) implements WallboardMessage {
        @Override
        public String type() {
            return "agent-board";
        }
    }

    record CampaignStats(List<CampaignView> campaigns) implements WallboardMessage {
        @Override
        public String type() {
            return "campaign-stats";
        }
    }

    /** The minute's sample of the trend charts. */
    record Trend(QueueTrend.Sample sample) implements WallboardMessage {
        @Override
        public String type() {
            return "trend";
        }
    }
}
