package switchboard.desktop.customer.phone;

/** A string that is not a valid phone number, with the reason in words. */
public class InvalidPhoneNumberException extends RuntimeException {

    public InvalidPhoneNumberException(String message) {
        super(message);
    }
}
