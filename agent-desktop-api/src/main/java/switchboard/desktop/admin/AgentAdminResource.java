package switchboard.desktop.admin;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.auth.Roles;

/** Agents, skills and teams for administrators; changes reach live routing before the answer. */
@Path("/api/admin")
@RolesAllowed(Roles.ADMIN)
public class AgentAdminResource {

    static final String NAME = "[a-z0-9][a-z0-9-]{0,31}";
    static final String NAME_MESSAGE = "lower-case letters, digits and dashes, up to 32";

    private final AgentAdmin agents;

    AgentAdminResource(AgentAdmin agents) {
        this.agents = agents;
    }

    @GET
    @Path("/agents")
    @Operation(summary = "Every agent", description = "Code, name, device, team, skills, active; by code")
    public List<AgentAdmin.AgentView> all() {
        return agents.all();
    }

    @PUT
    @Path("/agents/{code}")
    @Operation(summary = "Create or change an agent", description = "201 when created. New skills count at once, "
            + "for calls already waiting too; an agent made inactive is logged out after their call. "
            + "With If-None-Match: * an existing agent is refused")
    public Response put(@PathParam("code") @Pattern(regexp = "[A-Za-z0-9]{1,16}",
            message = "letters and digits, up to 16") String code, @Valid @NotNull AgentAdmin.AgentFields fields,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return Created.or200(agents.put(code, fields, "*".equals(ifNoneMatch)), URI.create("/api/admin/agents/" + code));
    }

    @GET
    @Path("/skills")
    @Operation(summary = "The skill catalogue", description = "By name")
    public List<String> skills() {
        return agents.skills();
    }

    @PUT
    @Path("/skills/{name}")
    @Operation(summary = "Add a skill", description = "201 when new, 200 when it was there")
    public Response addSkill(@PathParam("name") @Pattern(regexp = NAME, message = NAME_MESSAGE) String name) {
        return Response.status(agents.addSkill(name) ? 201 : 200).build();
    }

    @GET
    @Path("/teams")
    @Operation(summary = "Every team", description = "By name")
    public List<String> teams() {
        return agents.teams();
    }

    @PUT
    @Path("/teams/{name}")
    @Operation(summary = "Add a team", description = "201 when new, 200 when it was there")
    public Response addTeam(@PathParam("name") @Size(min = 1, max = 64) String name) {
        return Response.status(agents.addTeam(name.strip()) ? 201 : 200).build();
    }
}
