package io.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ValidatorTest {

    @Test
    void acceptsWellFormedTextSplitAnywhere() {
        byte[] text = "a/é€😀ключ\u007f\uFFFD\uDBFF\uDFFF".getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= text.length; split++) {
            Utf8Validator validator = new Utf8Validator();
            assertThat(validator.firstInvalid(text, 0, split)).isEqualTo(split);
            assertThat(validator.firstInvalid(text, split, text.length)).isEqualTo(text.length);
            assertThat(validator.complete()).isTrue();
        }
    }

    @Test
    void findsOverlongFormsSurrogatesAndStrayBytes() {
        assertThat(firstInvalid(0x61, 0xC0, 0xAF)).isEqualTo(1);
        assertThat(firstInvalid(0xC1, 0xBF)).isZero();
        assertThat(firstInvalid(0xE0, 0x80, 0xAF)).isEqualTo(1);
        assertThat(firstInvalid(0xF0, 0x80, 0x80, 0xAF)).isEqualTo(1);
        assertThat(firstInvalid(0xED, 0xA0, 0x80)).isEqualTo(1);
        assertThat(firstInvalid(0xF4, 0x90, 0x80, 0x80)).isEqualTo(1);
        assertThat(firstInvalid(0xE2, 0x82, 0x61)).isEqualTo(2);
        assertThat(firstInvalid(0x80)).isZero();
        assertThat(firstInvalid(0xFF)).isZero();
    }

    @Test
    void aCharacterCutShortAtTheEndIsIncomplete() {
        Utf8Validator validator = new Utf8Validator();
        byte[] cut = {(byte) 0xE2, (byte) 0x82};
        assertThat(validator.firstInvalid(cut, 0, 2)).isEqualTo(2);
        assertThat(validator.complete()).isFalse();
    }

    private static int firstInvalid(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new Utf8Validator().firstInvalid(bytes, 0, bytes.length);
    }
}
