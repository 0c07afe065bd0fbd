package switchboard.desktop.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** A forecast interval and the service it must get. */
public class StaffingRequest {

    /** Calls expected in the interval. */
    @QueryParam("calls")
    @NotNull
    @Positive
    public Double calls;

    @QueryParam("intervalMinutes")
    @DefaultValue("30")
    @Min(1)
    @Max(1440)
    public int intervalMinutes;

    /** Mean handle time: talk, hold and wrap-up. */
    @QueryParam("ahtSeconds")
    @NotNull
    @Positive
    public Double ahtSeconds;

    @QueryParam("slTargetPercent")
    @DefaultValue("80")
    @DecimalMin("1")
    @DecimalMax("99.9")
    public double slTargetPercent;

    /** The service level's threshold: answered within this many seconds. */
    @QueryParam("slSeconds")
    @DefaultValue("20")
    @Min(0)
    @Max(3600)
    public int slSeconds;

    /** Share of paid time agents are not available for calls (breaks, training, absence). */
    @QueryParam("shrinkagePercent")
    @DefaultValue("30")
    @DecimalMin("0")
    @DecimalMax("90")
    public double shrinkagePercent;

    /** Callers' mean patience; given, the answer is by Erlang A. */
    @QueryParam("patienceSeconds")
    @Positive
    public Double patienceSeconds;
}
