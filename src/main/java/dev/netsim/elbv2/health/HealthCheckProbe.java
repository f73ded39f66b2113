package dev.netsim.elbv2.health;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import dev.netsim.common.net.EndpointProbe;

/**
 * One health check of one target, as a load balancer node sends it: an HTTP or HTTPS GET of the
 * path whose status must satisfy the matcher ({@code 200}, {@code 200,302}, {@code 200-299}), or a
 * TCP connection.
 */
final class HealthCheckProbe {

    /** The result in DescribeTargetHealth's terms: the reason code and description of a failure. */
    record Result(boolean healthy, String reason, String description) {

        static final Result OK = new Result(true, null, null);
    }

    private HealthCheckProbe() {
    }

    /** @param detailedReasons whether the load balancer tells a wrong status and a timeout apart (ALB, GWLB) or not (NLB) */
    static Result check(String protocol, String host, int port, String path, String matcher, Duration timeout, boolean detailedReasons) {
        if (protocol.equals("TCP")) {
            return EndpointProbe.connects(host, port, timeout) ? Result.OK : failed();
        }
        try {
            int status = EndpointProbe.get(protocol, host, port, path, "ELB-HealthChecker/2.0", timeout, 0).status();
            if (matches(matcher, status)) {
                return Result.OK;
            }
            return detailedReasons ? new Result(false, "Target.ResponseCodeMismatch", "Health checks failed with these codes: [" + status + "]")
                    : failed();
        } catch (HttpTimeoutException e) {
            return detailedReasons ? new Result(false, "Target.Timeout", "Request timed out") : failed();
        } catch (IOException e) {
            return failed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed();
        }
    }

    private static Result failed() {
        return new Result(false, "Target.FailedHealthChecks", "Health checks failed");
    }

    /** AWS's matcher: codes and ranges separated by commas. */
    static boolean matches(String matcher, int status) {
        for (String part : (matcher == null ? "200" : matcher).split(",")) {
            String p = part.trim();
            int dash = p.indexOf('-');
            if (dash > 0 ? status >= Integer.parseInt(p.substring(0, dash)) && status <= Integer.parseInt(p.substring(dash + 1))
                    : status == Integer.parseInt(p)) {
                return true;
            }
        }
        return false;
    }
}
