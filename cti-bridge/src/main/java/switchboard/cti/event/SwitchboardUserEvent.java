package switchboard.cti.event;

import org.asteriskjava.manager.event.UserEvent;

/**
 * A UserEvent raised by Switchboard's dialplan. Adds the channel-snapshot setters UserEvent lacks,
 * so Asterisk-Java does not warn about each of those headers on every event.
 */
public abstract class SwitchboardUserEvent extends UserEvent {

    private static final long serialVersionUID = 1L;
    private String linkedid;
    private String language;
    private String accountCode;

    protected SwitchboardUserEvent(Object source) {
        super(source);
    }

    public String getLinkedid() {
        return linkedid;
    }

    public void setLinkedid(String linkedid) {
        this.linkedid = linkedid;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public void setAccountCode(String accountCode) {
        this.accountCode = accountCode;
    }
}
