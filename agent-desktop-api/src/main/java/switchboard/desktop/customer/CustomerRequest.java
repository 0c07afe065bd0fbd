package switchboard.desktop.customer;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer as a client creates or replaces it.
 *
 * @param timeZone IANA zone; derived from the first number when absent
 * @param region ISO 3166 region in which national-format numbers are read; the configured
 *        default when absent
 */
@ValidPhones
public record CustomerRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as en") String language,
        @ValidTimeZone String timeZone,
        @NotNull Segment segment,
        @NotEmpty(message = "at least one phone number is required") @Size(max = 5) List<@Valid @NotNull Phone> phones,
        @Valid Consent consent,
        boolean doNotCall,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 region such as US") String region) {

    /** A number as written, in any format, and what kind of line it is. */
    public record Phone(@NotBlank String number, CustomerPhone.Kind kind) {
    }

    /** Whether the customer agreed to be contacted on each channel. */
    public record Consent(boolean phone, boolean sms, boolean email) {
    }

    Consent consentOrNone() {
        return consent == null ? new Consent(false, false, false) : consent;
    }
}
