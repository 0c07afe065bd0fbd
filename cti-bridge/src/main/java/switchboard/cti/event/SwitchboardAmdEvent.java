package switchboard.cti.event;

/** {@code UserEvent(SwitchboardAmd,...)}: answering-machine detection on an answered outbound call. */
public class SwitchboardAmdEvent extends SwitchboardUserEvent {

    private static final long serialVersionUID = 1L;
    private String amdStatus;
    private String amdCause;

    public SwitchboardAmdEvent(Object source) {
        super(source);
    }

    public boolean isMachine() {
        return "MACHINE".equals(amdStatus);
    }

    public String getAmdStatus() {
        return amdStatus;
    }

    public void setAmdStatus(String amdStatus) {
        this.amdStatus = amdStatus;
    }

    public String getAmdCause() {
        return amdCause;
    }

    public void setAmdCause(String amdCause) {
        this.amdCause = amdCause;
    }
}
