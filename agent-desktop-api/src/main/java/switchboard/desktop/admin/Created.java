package switchboard.desktop.admin;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** The answer to a PUT that creates or replaces. */
final class Created {

    private Created() {
    }

    /** 201 with the location when the thing is new, 200 when it was replaced; its view as the body. */
    static Response or200(LiveChange.Saved<?> saved, URI location) {
        return (saved.created() ? Response.created(location) : Response.ok()).entity(saved.view()).build();
    }
}
