package switchboard.pbxsim.pbx;

/**
 * Where a Local channel leads: {@code Local/1001@agents} (or {@code Local/1001@agents/n}) is
 * extension {@code 1001} in context {@code agents}.
 */
record LocalTarget(String exten, String context) {

    /** The target of {@code Local/exten@context[/options]}; the interface must contain an {@code @}. */
    static LocalTarget of(String localInterface) {
        String dest = localInterface.substring("Local/".length()).replaceFirst("/n$", "");
        int at = dest.indexOf('@');
        return new LocalTarget(dest.substring(0, at), dest.substring(at + 1));
    }

    /** {@code exten@context}, as Dial's DialString reports it. */
    String dialString() {
        return exten + "@" + context;
    }
}
