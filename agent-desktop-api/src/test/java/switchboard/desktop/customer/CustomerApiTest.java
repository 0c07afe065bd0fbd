package switchboard.desktop.customer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import switchboard.desktop.account.Account;

@QuarkusTest
class CustomerApiTest {

    private static Map<String, Object> customer(String first, String last, String region, String... numbers) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("email", first.toLowerCase() + "@example.org");
        body.put("language", "en");
        body.put("segment", "CONSUMER");
        body.put("region", region);
        body.put("phones", List.of(numbers).stream().map(n -> Map.of("number", n)).toList());
        body.put("consent", Map.of("phone", true, "sms", false, "email", true));
        return body;
    }

    private static int create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/customers").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCreatedCustomerIsFoundByAnyWrittenFormOfTheirNumber() {
        int id = create("supervisor", customer("Ada", "Lovelace", "GB", "020 7946 0958"));
        for (String written : List.of("+44 20 7946 0958", "+442079460958", "0044 20 7946 0958", "(020) 7946-0958",
                "tel:+44-20-7946-0958")) {
            as("supervisor").queryParam("phone", written).queryParam("region", "GB").get("/api/customers")
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
        as("supervisor").queryParam("phone", "+44 20 7946 0958").get("/api/customers")
                .then().body("items.find { it.id == " + id + " }.phones[0].e164", is("+442079460958"))
                .body("items.find { it.id == " + id + " }.phones[0].display", is("+44 20 7946 0958"));
    }

    @Test
    void theTimeZoneAndCountryComeFromTheNumber() {
        as("supervisor").body(customer("Grace", "Hopper", "US", "(212) 555-0199")).post("/api/customers")
                .then().statusCode(201)
                .header("Location", containsString("/api/customers/"))
                .body("timeZone", is("America/New_York"))
                .body("country", is("US"))
                .body("valueTier", is("BRONZE"))
                .body("churnRisk", is(0.047));
    }

    @Test
    void aNumberThatSpansTimeZonesNeedsAnExplicitOne() {
        Map<String, Object> body = customer("Bruce", "Wayne", "AU", "0412 345 678");
        as("supervisor").body(body).post("/api/customers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", is("timeZone"))
                .body("errors[0].message", containsString("does not tell which time zone"));
        body.put("timeZone", "Australia/Perth");
        as("supervisor").body(body).post("/api/customers").then().statusCode(201).body("timeZone", is("Australia/Perth"));
    }

    @Test
    void invalidInputNamesEveryBadField() {
        Map<String, Object> body = customer("", "Nobody", "US", "12345", "+1 415 555 2671");
        body.put("email", "not-an-email");
        body.put("language", "english");
        body.put("timeZone", "Mars/Olympus");
        as("supervisor").body(body).post("/api/customers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", is(400))
                .body("errors.field", is(List.of("email", "firstName", "language", "phones[0].number", "timeZone")))
                .body("errors.find { it.field == 'phones[0].number' }.message", containsString("'12345'"));
    }

    @Test
    void malformedBodiesAreExplained() {
        as("supervisor").body("{\"firstName\": \"A\", \"segment\": \"ALIENS\"}").post("/api/customers")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("segment"));
        as("supervisor").body("{\"firstName\": ").post("/api/customers")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        as("supervisor").post("/api/customers")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void searchByNameAndAccountNumber() {
        int id = create("supervisor", customer("Zenobia", "Quixotewright", "US", "+1 303 555 0147"));
        as("supervisor").queryParam("name", "zeno quixote").get("/api/customers")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(id));
        String account = QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account>find("customerId", 42L).firstResult().accountNumber);
        as("supervisor").queryParam("account", account.substring(0, 4) + "-" + account.substring(4)).get("/api/customers")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(42));
    }

    @Test
    void aBadSearchNumberIsAProblemNotAnEmptyResult() {
        as("supervisor").queryParam("phone", "12").get("/api/customers")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", is("phone"));
        as("supervisor").queryParam("size", 0).get("/api/customers")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", is("size"));
    }

    @Test
    void anUnknownCustomerIs404() {
        as("supervisor").get("/api/customers/987654321")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("detail", is("No customer with id 987654321"));
        as("supervisor").get("/api/customers/987654321/360").then().statusCode(404);
    }

    @Test
    void anUpdateReplacesDetailsAndNumbers() {
        int id = create("supervisor", customer("Linus", "Pauling", "US", "+1 617 555 0101"));
        Map<String, Object> changed = customer("Linus", "Pauling-Smith", "US", "+1 206 555 0102");
        changed.put("doNotCall", true);
        as("supervisor").body(changed).put("/api/customers/" + id)
                .then().statusCode(200)
                .body("lastName", is("Pauling-Smith"))
                .body("doNotCall", is(true))
                .body("timeZone", is("America/Los_Angeles"))
                .body("phones.e164", is(List.of("+12065550102")));
        as("supervisor").queryParam("phone", "+1 617 555 0101").get("/api/customers")
                .then().body("items.id", not(hasItem(id)));
    }

    @Test
    void agentsSeeOnlyTheCustomersTheyServe() {
        int mine = create("agent1005", customer("Marie", "Curie", "FR", "01 23 45 67 89"));
        as("agent1005").get("/api/customers/" + mine).then().statusCode(200);
        as("agent1006").get("/api/customers/" + mine).then().statusCode(404);
        as("agent1006").get("/api/customers/" + mine + "/360").then().statusCode(404);
        as("agent1006").queryParam("phone", "+33 1 23 45 67 89").get("/api/customers")
                .then().statusCode(200).body("items.id", not(hasItem(mine)));
        as("supervisor").get("/api/customers/" + mine).then().statusCode(200);
        as("agent1006").get("/api/customers").then().statusCode(200)
                .body("items.id", not(hasItem(mine)));
    }
}
