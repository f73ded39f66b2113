package dev.netsim.protocol.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /} from a browser: a page with the ways in. Only a request that asks for HTML by name,
 * carries no parameters and is not signed gets it: AWS clients never ask for HTML, so they keep
 * getting AWS's answers at {@code /}, {@code MissingAction} included, and so does a bare curl.
 */
final class LandingPage {

    private static final String PAGE = read();

    private LandingPage() {
    }

    private static String read() {
        try (InputStream in = LandingPage.class.getResourceAsStream("/landing/index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isWanted(HttpServletRequest http) {
        String accept = http.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(http.getMethod()) && http.getQueryString() == null && http.getHeader(HttpHeaders.AUTHORIZATION) == null
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    static ResponseEntity<String> response() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(PAGE);
    }
}
