package switchboard.desktop.campaign;

import static switchboard.desktop.Api.as;

import java.util.HashMap;
import java.util.Map;

/** Creating campaigns in tests, over the API. */
final class Campaigns {

    private Campaigns() {
    }

    /** A retention campaign with no targets yet (nobody's churn risk reaches 1). */
    static long create(String name, String mode) {
        return create(name, mode, Map.of("minChurnRisk", 1.0));
    }

    /** A retention campaign that calls one number. */
    static long withNumber(String name, String mode, String number) {
        long id = create(name, mode);
        as("supervisor").contentType("text/csv").body("phone,customer_id\n" + number + ",\n")
                .post("/api/campaigns/" + id + "/targets").then().statusCode(200);
        return id;
    }

    static long create(String name, String mode, Map<String, Object> segment) {
        Map<String, Object> request = new HashMap<>(Map.of("name", name, "mode", mode, "queue", "retention",
                "script", "Thank them; ask what would make them stay.", "offer", "Three months at half price",
                "callerId", "+18005550100", "segment", segment));
        return ((Number) as("supervisor").body(request).post("/api/campaigns").then().statusCode(201)
                .extract().path("id")).longValue();
    }
}
