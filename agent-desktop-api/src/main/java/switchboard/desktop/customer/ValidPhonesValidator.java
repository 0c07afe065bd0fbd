package switchboard.desktop.customer;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;

/**
 * Reports each bad number at its own path, {@code phones[i].number}, with libphonenumber's reason.
 * {@link PhoneNumbers} is resolved per call: validators are built before runtime configuration is.
 */
public class ValidPhonesValidator implements ConstraintValidator<ValidPhones, CustomerRequest> {

    @Inject
    Instance<PhoneNumbers> numbers;

    @Override
    public boolean isValid(CustomerRequest request, ConstraintValidatorContext context) {
        if (request == null || request.phones() == null) {
            return true;
        }
        PhoneNumbers phoneNumbers = numbers.get();
        boolean valid = true;
        List<CustomerRequest.Phone> phones = request.phones();
        for (int i = 0; i < phones.size(); i++) {
            CustomerRequest.Phone phone = phones.get(i);
            if (phone == null || phone.number() == null || phone.number().isBlank()) {
                continue;
            }
            try {
                phoneNumbers.toE164(phone.number(), request.region() == null ? phoneNumbers.defaultRegion()
                        : request.region());
            } catch (InvalidPhoneNumberException | IllegalArgumentException e) {
                valid = false;
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(escape(e.getMessage()))
                        .addPropertyNode("phones")
                        .addPropertyNode("number").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    /** A message is a template: braces and dollars in user input must not be interpolated. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
