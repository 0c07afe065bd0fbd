package switchboard.pbxsim.pbx;

/** Asterisk's channel states with their AMI numbers and descriptions. */
public enum ChannelState {
    DOWN(0, "Down"), RING(4, "Ring"), RINGING(5, "Ringing"), UP(6, "Up"), BUSY(7, "Busy");

    final int code;
    final String description;

    ChannelState(int code, String description) {
        this.code = code;
        this.description = description;
    }
}
