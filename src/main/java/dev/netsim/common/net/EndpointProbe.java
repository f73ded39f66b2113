package dev.netsim.common.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The requests AWS's health checkers send to endpoints, for real: an HTTP or HTTPS GET (the
 * endpoint's certificate is not validated, as neither ELB nor Route 53 validates it) or a TCP
 * connection. Redirects are answers, not followed.
 */
public final class EndpointProbe {

    /** A GET's status and the start of its body (as much as the caller asked to read). */
    public record Answer(int status, String bodyPrefix) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final HttpClient HTTPS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).sslContext(trustingContext())
            .build();

    private EndpointProbe() {
    }

    /**
     * GETs {@code path} from {@code host:port}.
     *
     * @param bodyBytes how much of the body to read (0: none)
     * @throws java.net.http.HttpTimeoutException when no answer comes within {@code timeout}
     * @throws IOException when the endpoint cannot be reached
     */
    public static Answer get(String scheme, String host, int port, String path, String userAgent, Duration timeout, int bodyBytes)
            throws IOException, InterruptedException {
        URI uri = URI.create(scheme.toLowerCase(Locale.ROOT) + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                + (path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET().build();
        HttpResponse<InputStream> response = (scheme.equalsIgnoreCase("https") ? HTTPS : HTTP).send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] prefix = bodyBytes <= 0 ? new byte[0] : body.readNBytes(bodyBytes);
            return new Answer(response.statusCode(), new String(prefix, StandardCharsets.UTF_8));
        }
    }

    /** {@code address=host} pairs (a setting's value) as a map; {@code property} names the setting in the error. */
    public static Map<String, String> addressMap(List<String> pairs, String property) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : pairs) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(property + " takes address=host pairs, not '" + entry + "'");
            }
            map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return map;
    }

    /**
     * The host that answers for an endpoint address: the one {@code addressMap} names, or the
     * address itself when it is one of this machine's; null when nothing here answers for it.
     */
    public static String hostHere(String address, Map<String, String> addressMap) {
        String mapped = addressMap.get(address);
        if (mapped != null) {
            return mapped;
        }
        if (!Cidrs.isAddress(address)) {
            return null; // only IP literals: no DNS lookup
        }
        try {
            InetAddress inet = InetAddress.getByName(address);
            return inet.isLoopbackAddress() || NetworkInterface.getByInetAddress(inet) != null ? address : null;
        } catch (UnknownHostException | SocketException e) {
            return null;
        }
    }

    /** Whether a TCP connection to {@code host:port} opens within {@code timeout}. */
    public static boolean connects(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
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
            throw new IllegalStateException("no TLS available for health checks", e);
        }
    }
}
