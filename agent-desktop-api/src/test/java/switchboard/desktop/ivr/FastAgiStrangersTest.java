package switchboard.desktop.ivr;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The IVR's FastAGI port serves only the PBX hosts: a stranger who connects and sends a caller
 * id gets no script (the connection is closed first), logged and counted; the PBX host gets the
 * IVR. Here the PBX host is 127.0.0.2, the stranger 127.0.0.1, both on loopback.
 */
@QuarkusTest
@TestProfile(FastAgiStrangersTest.OnlyTheSecondLoopback.class)
class FastAgiStrangersTest {

    private static final int PORT = 45731;
    private static final String ENVIRONMENT = "agi_network: yes\nagi_network_script: ivr\nagi_request: agi://127.0.0.1/ivr\n"
            + "agi_channel: PJSIP/carrier-00000001\nagi_uniqueid: 1796180000.1\nagi_callerid: +493021062958\n"
            + "agi_dnid: 18005550100\n\n";

    /** Only 127.0.0.2 may run the IVR. */
    public static class OnlyTheSecondLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("swb.ivr.allowed-hosts", "127.0.0.2");
        }
    }

    @Test
    void aStrangerGetsNothingAndIsCountedWhileThePbxHostGetsTheIvr() throws Exception {
        double before = refused();
        assertEquals(null, firstCommandFrom("127.0.0.1"), "a stranger got a command from the IVR");
        assertTrue(refused() >= before + 1, "the refused connection was not counted");
        String command = firstCommandFrom("127.0.0.2");
        assertNotNull(command, "the PBX host got no IVR");
    }

    /** Connects from a local address, sends a call's AGI environment, and reads the script's first command. */
    private static String firstCommandFrom(String localAddress) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(ENVIRONMENT.getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            try {
                return in.readLine();
            } catch (java.net.SocketException e) {
                return null;
            }
        }
    }

    private static double refused() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^switchboard_ivr_connections_refused_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
