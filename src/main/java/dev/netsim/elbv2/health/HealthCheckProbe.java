package dev.netsim.elbv2.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One health check of one target, as a load balancer node sends it: an HTTP or HTTPS GET of the
 * path whose status must satisfy the matcher ({@code 200}, {@code 200,302}, {@code 200-299}), or a
 * TCP connection. Targets' certificates are not validated, as ELB does not validate them.
 */
final class HealthCheckProbe {

    /** The result in DescribeTargetHealth's terms: the reason code and description of a failure. */
    record Result(boolean healthy, String reason, String description) {

        static final Result OK = new Result(true, null, null);
    }

    /** One client per scheme for every probe; each request carries its group's timeout. */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final HttpClient HTTPS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).sslContext(trustingContext())
            .build();

    private HealthCheckProbe() {
    }

    /** @param detailedReasons whether the load balancer tells a wrong status and a timeout apart (ALB, GWLB) or not (NLB) */
    static Result check(String protocol, String host, int port, String path, String matcher, Duration timeout, boolean detailedReasons) {
        if (protocol.equals("TCP")) {
            return tcp(host, port, timeout);
        }
        URI uri = URI.create(protocol.toLowerCase(java.util.Locale.ROOT) + "://" + hostPart(host) + ":" + port + (path == null ? "/" : path));
        try {
            HttpResponse<Void> response = (protocol.equals("HTTPS") ? HTTPS : HTTP).send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("User-Agent", "ELB-HealthChecker/2.0").GET().build(), HttpResponse.BodyHandlers.discarding());
            if (matches(matcher, response.statusCode())) {
                return Result.OK;
            }
            return detailedReasons ? new Result(false, "Target.ResponseCodeMismatch", "Health checks failed with these codes: ["
                    + response.statusCode() + "]") : failed();
        } catch (HttpTimeoutException e) {
            return detailedReasons ? new Result(false, "Target.Timeout", "Request timed out") : failed();
        } catch (IOException e) {
            return failed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed();
        }
    }

    private static Result tcp(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return Result.OK;
        } catch (IOException e) {
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

    private static String hostPart(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("no TLS available for HTTPS health checks", e);
        }
    }
}
