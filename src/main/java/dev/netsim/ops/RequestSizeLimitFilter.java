package dev.netsim.ops;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code netsim.max-request-bytes} with 413 and a plain message,
 * before anything parses them, on every door. A body without a declared length (chunked) is read
 * up to the limit first: one byte more and the request is refused, read no further.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestSizeLimitFilter(@Value("${netsim.max-request-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, request.getContentLengthLong() + " bytes");
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(response, "more than " + maxBytes + " bytes");
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String size) throws IOException {
        response.setStatus(413);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        response.getWriter().write("Request body of " + size + " exceeds the limit of " + maxBytes + " bytes.");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(chunk, 0, (int) Math.min(chunk.length, limit - out.size()))) != -1) {
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }

    /**
     * The request with its body already read: the body is served from memory, and a form body's
     * parameters (which the container would have parsed from the stream) are parsed from it.
     */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private Map<String, String[]> parameters;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        private Charset charset() {
            return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                MultiValueMap<String, String> merged = new LinkedMultiValueMap<>();
                super.getParameterMap().forEach((name, values) -> merged.addAll(name, List.of(values))); // the query string's
                merged.addAll(formParameters());
                Map<String, String[]> asArrays = new LinkedHashMap<>();
                merged.forEach((name, values) -> asArrays.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(asArrays);
            }
            return parameters;
        }

        private MultiValueMap<String, String> formParameters() {
            MediaType type = getContentType() == null ? null : MediaType.parseMediaType(getContentType());
            if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
                return new LinkedMultiValueMap<>();
            }
            HttpInputMessage message = new HttpInputMessage() {
                @Override
                public InputStream getBody() {
                    return new ByteArrayInputStream(body);
                }

                @Override
                public HttpHeaders getHeaders() {
                    HttpHeaders headers = new HttpHeaders();
                    headers.setContentType(type);
                    return headers;
                }
            };
            try {
                return new FormHttpMessageConverter().read(null, message);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }
    }
}
