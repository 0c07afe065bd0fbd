package switchboard.desktop.dnc;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import switchboard.desktop.auth.Roles;

/** External do-not-call lists for supervisors: import (replacing the list's last import) and list. */
@Path("/api/dnc/lists")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class DoNotCallResource {

    private final DoNotCallList list;

    DoNotCallResource(DoNotCallList list) {
        this.list = list;
    }

    /** How many numbers a list holds after an import. */
    public record Imported(String source, int entries) {
    }

    @PUT
    @Path("/{source}")
    @Consumes("text/csv")
    @Operation(summary = "Import an external do-not-call list", description = "A phone header, then a number a line; replaces the list; all or nothing, each bad line named")
    public Imported importList(@PathParam("source") String source, String csv) {
        return new Imported(source, list.importList(source, csv == null ? "" : csv));
    }

    @GET
    @Operation(summary = "The external lists", description = "Size, when imported, and stale when older than 31 days")
    public List<DoNotCallList.ListInfo> lists() {
        return list.externalLists();
    }
}
