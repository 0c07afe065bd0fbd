package switchboard.desktop.staffing;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import switchboard.desktop.auth.Roles;

/** The staffing calculator, for supervisors and planners. */
@Path("/api/staffing")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class StaffingResource {

    private final StaffingCalculator calculator;

    StaffingResource(StaffingCalculator calculator) {
        this.calculator = calculator;
    }

    @GET
    @Operation(summary = "Agents needed for an interval", description = "The fewest agents whose predicted service level meets the target, the agents to schedule after shrinkage, and the predicted SL, ASA, occupancy and (with patienceSeconds) abandon rate")
    public Staffing staff(@Valid @BeanParam StaffingRequest request) {
        return calculator.staff(request);
    }
}
