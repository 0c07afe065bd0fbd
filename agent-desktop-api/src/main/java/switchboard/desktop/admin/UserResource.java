package switchboard.desktop.admin;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.auth.EnabledUsers;
import switchboard.desktop.auth.Roles;

/** Users for administrators: list, create, change roles, agent, enabled and password. */
@Path("/api/admin/users")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    private final UserAdmin users;
    private final EnabledUsers enabledUsers;

    UserResource(UserAdmin users, EnabledUsers enabledUsers) {
        this.users = users;
        this.enabledUsers = enabledUsers;
    }

    /** A user to create. */
    public record NewUser(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
            message = "letters, digits, dot, dash and underscore only") String username,
            @NotBlank @Size(min = 8, max = 200, message = "must be 8 characters or more") String password,
            @NotNull Set<String> roles, @Size(max = 16) String agent) {
    }

    /** What to change; the password only when given. */
    public record UserChange(@NotNull Set<String> roles, @Size(max = 16) String agent, boolean enabled,
            @Size(min = 8, max = 200, message = "must be 8 characters or more") String password) {
    }

    @GET
    @Operation(summary = "Every user", description = "Username, roles, the agent they work as, enabled")
    public List<UserAdmin.UserView> all() {
        return users.all();
    }

    @POST
    @Operation(summary = "Create a user", description = "An agent-user names the agent they work as")
    public Response create(@Valid @NotNull NewUser user) {
        UserAdmin.UserView created = users.create(user.username(), user.password(), user.roles(), user.agent());
        return Response.created(URI.create("/api/admin/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a user", description = "Roles, agent, enabled; a new password when given. The last enabled administrator cannot be disabled. A disabled user's tokens stop working at once")
    public UserAdmin.UserView change(@PathParam("id") long id, @Valid @NotNull UserChange change) {
        UserAdmin.UserView changed = users.change(id, change.roles(), change.agent(), change.enabled(), change.password());
        enabledUsers.changed(changed.username(), changed.enabled());
        return changed;
    }
}
