package switchboard.pbxsim.pbx;

/** A caller id as Originate and the dialplan write it: {@code "Name" <number>} or just a number. */
public record CallerId(String number, String name) {

    /** The caller id, or null for a blank one. */
    public static CallerId parse(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        int lt = written.indexOf('<');
        int gt = written.indexOf('>', lt + 1);
        if (lt < 0 || gt < 0) {
            return new CallerId(written.strip(), written.strip());
        }
        String name = written.substring(0, lt).strip().replace("\"", "");
        String number = written.substring(lt + 1, gt).strip();
        return new CallerId(number, name.isEmpty() ? number : name);
    }
}
