package switchboard.pbxsim.pbx;

import org.asteriskjava.manager.event.UserEvent;

/** The dialplan's hand-off to the ACD, as Asterisk-Java reads it once registered. */
public class SwitchboardRouteRequestEvent extends UserEvent {

    private static final long serialVersionUID = 1L;
    private String intent;
    private String customerId;
    private String dnis;

    public SwitchboardRouteRequestEvent(Object source) {
        super(source);
    }

    public String getIntent() {
        return intent;
    }

    public void setIntent(String intent) {
        this.intent = intent;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getDnis() {
        return dnis;
    }

    public void setDnis(String dnis) {
        this.dnis = dnis;
    }
}
