package switchboard.desktop.customer.phone;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises numbers to E.164 and derives time zones from them. Thread-safe; stateless but for
 * the default region.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private final String defaultRegion;

    public PhoneNumbers(String defaultRegion) {
        if (!UTIL.getSupportedRegions().contains(defaultRegion.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("swb.phone.default-region '" + defaultRegion
                    + "' is not an ISO 3166 region libphonenumber knows");
        }
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    /** The region numbers in national form are read in. */
    public String defaultRegion() {
        return defaultRegion;
    }

    /** The number in E.164 ({@code +14155550134}), read in the default region when national. */
    public String toE164(String written) {
        return toE164(written, defaultRegion);
    }

    /**
     * The number in E.164, read in {@code region} when written in national form.
     *
     * @throws InvalidPhoneNumberException when it cannot be a phone number of that region
     */
    public String toE164(String written, String region) {
        return UTIL.format(parseValid(written, region), PhoneNumberFormat.E164);
    }

    /** The number for people: international format ({@code +1 415-555-0134}). */
    public String display(String e164) {
        return UTIL.format(parseValid(e164, defaultRegion), PhoneNumberFormat.INTERNATIONAL);
    }

    /** The ISO region of a valid number ({@code GB}), if it has one. */
    public Optional<String> region(String e164) {
        return Optional.ofNullable(UTIL.getRegionCodeForNumber(parseValid(e164, defaultRegion)))
                .filter(r -> !"001".equals(r));
    }

    /**
     * The time zone the number implies when it implies exactly one (a US area code, a UK number);
     * empty when the number spans several zones (a mobile number in a large country) or none.
     */
    public Optional<ZoneId> timeZone(String e164) {
        List<String> zones = ZONES.getTimeZonesForNumber(parseValid(e164, defaultRegion));
        return zones.size() == 1 && !PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(zones.get(0))
                ? Optional.of(ZoneId.of(zones.get(0)))
                : Optional.empty();
    }

    private static PhoneNumber parseValid(String written, String region) {
        if (written == null || written.isBlank()) {
            throw new InvalidPhoneNumberException("a phone number is required");
        }
        String cleaned = withPlusForInternationalPrefix(written.strip());
        PhoneNumber number;
        try {
            number = UTIL.parse(cleaned, region);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException("'" + written + "' is not a phone number: " + reason(e));
        }
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidPhoneNumberException("'" + written + "' is not a valid number"
                    + (cleaned.startsWith("+") ? "" : " in region " + region + " (write it with its +country code)"));
        }
        return number;
    }

    /** {@code 00} starts an international number in most of the world, whatever the default region. */
    private static String withPlusForInternationalPrefix(String written) {
        String digitsFirst = written.startsWith("tel:") ? written.substring(4) : written;
        return digitsFirst.startsWith("00") ? "+" + digitsFirst.substring(2) : digitsFirst;
    }

    private static String reason(NumberParseException e) {
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> "unknown country code";
            case NOT_A_NUMBER -> "it does not look like a phone number";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
            case TOO_LONG -> "too long";
        };
    }
}
