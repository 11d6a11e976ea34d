package io.tailor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.CharConversionException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are read through a {@link Utf8Validator}. The bytes before a fault are handed on
 * and the fault is thrown on the next read, so that the JSON parser is inside the string at fault and
 * the problem can name its field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class Utf8Body extends OncePerRequestFilter {

    static final String MESSAGE = "is not valid UTF-8";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    private @Nullable ServletInputStream checked;

                    @Override
                    public ServletInputStream getInputStream() throws IOException {
                        if (checked == null) {
                            checked = new Checked(super.getInputStream());
                        }
                        return checked;
                    }
                },
                response);
    }

    /** Thrown by the body's stream at the first byte that breaks UTF-8. */
    static final class InvalidUtf8 extends CharConversionException {
        InvalidUtf8() {
            super("The request body " + MESSAGE);
        }
    }

    private static final class Checked extends ServletInputStream {

        private final ServletInputStream in;
        private final Utf8Validator validator = new Utf8Validator();
        private boolean faulty;

        Checked(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (faulty) {
                throw new InvalidUtf8();
            }
            int count = in.read(buffer, offset, length);
            if (count < 0) {
                if (!validator.complete()) {
                    throw new InvalidUtf8();
                }
                return count;
            }
            int end = validator.firstInvalid(buffer, offset, offset + count);
            if (end < offset + count) {
                faulty = true;
                if (end == offset) {
                    throw new InvalidUtf8();
                }
                return end - offset;
            }
            return count;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
