package switchboard.ivr;

import java.util.OptionalDouble;

/** How long a caller with an intent would wait for an agent now (the routing engine knows). */
@FunctionalInterface
public interface WaitEstimator {

    OptionalDouble expectedWaitSeconds(String intent);
}
