package switchboard.desktop.customer.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers us = new PhoneNumbers("US");

    @ParameterizedTest
    @ValueSource(strings = { "+1 415 555 2671", "(415) 555-2671", "415.555.2671", "4155552671", "1-415-555-2671",
            "+14155552671", "tel:+1-415-555-2671", "011 1 415 555 2671", "001 415 555 2671" })
    void everyWrittenFormOfOneNumberIsTheSameE164(String written) {
        assertEquals("+14155552671", us.toE164(written));
    }

    @Test
    void nationalNumbersAreReadInTheGivenRegion() {
        assertEquals("+442079460958", us.toE164("020 7946 0958", "GB"));
        assertEquals("+493021062958", us.toE164("030 21062958", "DE"));
    }

    @Test
    void theTimeZoneComesFromTheAreaCode() {
        assertEquals(Optional.of(ZoneId.of("America/Los_Angeles")), us.timeZone("+14155552671"));
        assertEquals(Optional.of(ZoneId.of("America/New_York")), us.timeZone("+12125552671"));
        assertEquals(Optional.of(ZoneId.of("Europe/London")), us.timeZone("+442079460958"));
    }

    @Test
    void aNumberSpanningSeveralZonesNamesNone() {
        assertEquals(Optional.empty(), us.timeZone("+61412345678"));
    }

    @Test
    void invalidNumbersAreRejectedWithTheReason() {
        InvalidPhoneNumberException tooShort = assertThrows(InvalidPhoneNumberException.class, () -> us.toE164("12"));
        assertTrue(tooShort.getMessage().contains("'12'"), tooShort.getMessage());
        InvalidPhoneNumberException letters = assertThrows(InvalidPhoneNumberException.class,
                () -> us.toE164("call me"));
        assertTrue(letters.getMessage().contains("not a phone number"), letters.getMessage());
        assertThrows(InvalidPhoneNumberException.class, () -> us.toE164(" "));
    }

    @Test
    void anUnknownDefaultRegionIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumbers("XX"));
    }
}
