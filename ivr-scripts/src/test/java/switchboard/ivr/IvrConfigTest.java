package switchboard.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import switchboard.ivr.config.IvrConfig;
import switchboard.ivr.config.IvrConfigException;

class IvrConfigTest {

    private static String shipped() throws Exception {
        return new String(IvrConfigTest.class.getResourceAsStream("/switchboard/ivr/ivr.json").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private static IvrConfig load(String json) {
        return IvrConfig.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void theShippedMenusAreValid() throws Exception {
        IvrConfig config = load(shipped());
        assertEquals("en", config.defaultLanguage());
        assertEquals(5, config.intents().size());
    }

    @Test
    void everyProblemIsReportedWithItsPath() throws Exception {
        String broken = shipped()
                .replace("{ \"digit\": \"2\", \"value\": \"support\" }", "{ \"digit\": \"1\", \"value\": \"support\" }")
                .replace("\"defaultLanguage\": \"en\"", "\"defaultLanguage\": \"it\"")
                .replace("\"selfService\": \"balance\"", "\"selfService\": \"lottery\"")
                .replace("\"zone\": \"America/New_York\"", "\"zone\": \"Mars/Olympus\"")
                .replace("\"goodbye\": \"vm-goodbye\",", "");
        IvrConfigException e = assertThrows(IvrConfigException.class, () -> load(broken));
        assertTrue(e.problems().contains("intents[1].digit '1' is used twice in intents"), e.getMessage());
        assertTrue(e.problems().contains("defaultLanguage 'it' is not one of the languages"), e.getMessage());
        assertTrue(e.problems().contains("intents[4].selfService 'lottery' is unknown (only balance exists)"),
                e.getMessage());
        assertTrue(e.problems().contains("hours needs a zone such as America/New_York and open/close as HH:mm"),
                e.getMessage());
        assertTrue(e.problems().contains("prompts.goodbye is missing"), e.getMessage());
        assertEquals(5, e.problems().size(), e.getMessage());
    }

    @Test
    void unknownSettingsAndBrokenJsonAreErrorsNotSilence() {
        IvrConfigException unknown = assertThrows(IvrConfigException.class, () -> load("{\"langauges\": []}"));
        assertTrue(unknown.getMessage().contains("langauges"), unknown.getMessage());
        IvrConfigException broken = assertThrows(IvrConfigException.class, () -> load("{\"languages\": ["));
        assertTrue(broken.getMessage().contains("line"), broken.getMessage());
    }
}
