package io.tailor.web;

/**
 * Checks bytes as well-formed UTF-8 (RFC 3629), chunk by chunk: no overlong forms, no encoded surrogates,
 * nothing past U+10FFFF. Jackson decodes overlong forms without complaint, and they would be stored as
 * other characters than the client sent.
 */
final class Utf8Validator {

    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    /** The index of the first byte that breaks UTF-8 in {@code bytes[from, to)}, or {@code to}. */
    int firstInvalid(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (pending == 0 && b < 0x80) {
                continue;
            }
            if (!accept(b)) {
                return i;
            }
        }
        return to;
    }

    /** True when the input so far ends between characters. */
    boolean complete() {
        return pending == 0;
    }

    private boolean accept(int b) {
        if (pending > 0) {
            if (b < low || b > high) {
                return false;
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return expect(1, 0x80, 0xBF);
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
        }
        return false;
    }

    private boolean expect(int continuations, int firstLow, int firstHigh) {
        pending = continuations;
        low = firstLow;
        high = firstHigh;
        return true;
    }
}
