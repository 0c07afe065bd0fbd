package switchboard.cti.event;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code UserEvent(SwitchboardRouteRequest,...)}: the dialplan hands a call to the ACD. */
public class SwitchboardRouteRequestEvent extends SwitchboardUserEvent {

    private static final long serialVersionUID = 1L;
    private String intent;
    private String customerId;
    private String verified;
    private String ivrPath;
    private String dnis;
    private String callerLanguage;
    private String queue;
    private String targetAgent;

    public SwitchboardRouteRequestEvent(Object source) {
        super(source);
    }

    /** What the IVR learned, by attribute name, without blanks. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "intent", intent);
        put(attributes, "customerId", customerId);
        put(attributes, "language", callerLanguage);
        put(attributes, "verified", verified);
        put(attributes, "ivrPath", ivrPath);
        put(attributes, "dnis", dnis);
        put(attributes, "queue", queue);
        put(attributes, "targetAgent", targetAgent);
        return attributes;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    public void setIntent(String intent) {
        this.intent = intent;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public void setVerified(String verified) {
        this.verified = verified;
    }

    public void setIvrPath(String ivrPath) {
        this.ivrPath = ivrPath;
    }

    /** The language the caller chose; {@code Language} is the channel's own, in the snapshot. */
    public void setCallerLanguage(String callerLanguage) {
        this.callerLanguage = callerLanguage;
    }

    public void setDnis(String dnis) {
        this.dnis = dnis;
    }

    /** The queue a transfer asked for; blank otherwise. */
    public void setQueue(String queue) {
        this.queue = queue;
    }

    /** The agent a transfer asked for by name; blank otherwise. */
    public void setTargetAgent(String targetAgent) {
        this.targetAgent = targetAgent;
    }
}
