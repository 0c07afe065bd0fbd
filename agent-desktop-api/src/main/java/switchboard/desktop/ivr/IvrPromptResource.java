package switchboard.desktop.ivr;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import switchboard.desktop.auth.Roles;

/** What administrators need to know of the IVR's prompts on the PBX. */
@Path("/api/admin/ivr/missing-prompts")
@RolesAllowed(Roles.ADMIN)
public class IvrPromptResource {

    private final MissingPrompts missing;

    IvrPromptResource(MissingPrompts missing) {
        this.missing = missing;
    }

    @GET
    @Operation(summary = "Prompts the PBX lacks", description = "Every IVR prompt the PBX could not play since the "
            + "application started (its sound file is not installed), with how often and when; most missed first")
    public List<MissingPrompts.Missing> list() {
        return missing.list();
    }
}
