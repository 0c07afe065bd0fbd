package switchboard.desktop.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.cti.OriginateOutcome;
import switchboard.desktop.callback.Callbacks;
import switchboard.desktop.record.Fact;
import switchboard.desktop.record.FactSink;

/** Writes dial facts to the attempts, their targets and callbacks, in the recorder's transaction. */
@ApplicationScoped
public class DialRecords implements FactSink {

    private final CampaignService campaigns;
    private final Callbacks callbacks;

    DialRecords(CampaignService campaigns, Callbacks callbacks) {
        this.campaigns = campaigns;
        this.callbacks = callbacks;
    }

    @Override
    public boolean accepts(Fact fact) {
        return fact instanceof DialFact;
    }

    @Override
    public void apply(Fact fact) {
        if (fact instanceof DialFact.Placed f) {
            campaigns.placed(f.attemptId(), f.callId());
        } else if (fact instanceof DialFact.Finished f) {
            if (f.outcome() == OriginateOutcome.ANSWERED) {
                campaigns.answered(f.attemptId(), f.at());
            }
            campaigns.finished(f.attemptId(), f.outcome(), f.at());
        } else if (fact instanceof DialFact.AgentConnected f) {
            campaigns.agentConnected(f.attemptId(), f.at());
        } else if (fact instanceof DialFact.Abandoned f) {
            campaigns.abandoned(f.attemptId(), f.at());
        } else if (fact instanceof DialFact.CallbackMade f) {
            callbacks.finished(f.callbackId(), f.reached(), f.at());
        }
    }
}
