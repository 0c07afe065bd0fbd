package switchboard.cti.event;

/** {@code UserEvent(SwitchboardAgentNoAnswer,...)}: the agent's device did not answer. */
public class SwitchboardAgentNoAnswerEvent extends SwitchboardUserEvent {

    private static final long serialVersionUID = 1L;
    private String agent;
    private String dialStatus;

    public SwitchboardAgentNoAnswerEvent(Object source) {
        super(source);
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getDialStatus() {
        return dialStatus;
    }

    public void setDialStatus(String dialStatus) {
        this.dialStatus = dialStatus;
    }
}
