package switchboard.desktop;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** Logs test users in through the real login endpoint and remembers their tokens. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final RestAssuredConfig DECIMALS_AS_DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Api() {
    }

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, user -> given().contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", "demo"))
                .post("/api/auth/login")
                .then().statusCode(200)
                .extract().path("token"));
    }

    /** A JSON request as the given user. */
    public static RequestSpecification as(String username) {
        return given().config(DECIMALS_AS_DOUBLES).contentType(ContentType.JSON).auth().oauth2(token(username));
    }
}
