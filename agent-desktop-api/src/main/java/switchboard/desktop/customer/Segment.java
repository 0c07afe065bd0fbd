package switchboard.desktop.customer;

/** The market a customer belongs to. */
public enum Segment {
    CONSUMER, SMALL_BUSINESS, ENTERPRISE
}
