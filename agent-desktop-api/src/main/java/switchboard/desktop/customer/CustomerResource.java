package switchboard.desktop.customer;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.auth.Roles;

/** The customer API. Agents see the customers they serve; supervisors and administrators see all. */
@Path("/api/customers")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
public class CustomerResource {

    private static final String BODY_REQUIRED = "send the customer as a JSON body";

    private final CustomerService customers;

    CustomerResource(CustomerService customers) {
        this.customers = customers;
    }

    @GET
    @Operation(summary = "Search customers", description = "By phone number in any format, name words, or account number")
    public CustomerPage search(
            @Parameter(description = "A phone number in any format, e.g. (415) 555-0134 or +44 20 7946 0958") @QueryParam("phone") String phone,
            @Parameter(description = "ISO region for numbers in national format; defaults to swb.phone.default-region") @QueryParam("region") String region,
            @Parameter(description = "Words that start the first or last name") @QueryParam("name") String name,
            @Parameter(description = "An account number") @QueryParam("account") String account,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return customers.search(phone, region, name, account, page, size);
    }

    @POST
    @Operation(summary = "Create a customer", description = "Numbers are stored in E.164; the time zone is derived from the first number when not given")
    public Response create(@NotNull(message = BODY_REQUIRED) @Valid CustomerRequest request) {
        CustomerView created = customers.create(request);
        return Response.created(URI.create("/api/customers/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a customer")
    public CustomerView get(@PathParam("id") long id) {
        return customers.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a customer's details")
    public CustomerView update(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) @Valid CustomerRequest request) {
        return customers.update(id, request);
    }

    @GET
    @Path("/{id}/360")
    @Operation(summary = "The customer 360 view", description = "Profile, value and churn risk with their factors, RFM, accounts, last interactions and open cases")
    public Customer360 view360(@PathParam("id") long id) {
        return customers.view360(id);
    }

    @POST
    @Path("/{id}/score")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Rescore one customer now", description = "Against the value model of the last full scoring run")
    public CustomerView rescore(@PathParam("id") long id) {
        return customers.rescore(id);
    }
}
