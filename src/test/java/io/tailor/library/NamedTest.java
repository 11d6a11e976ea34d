package io.tailor.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Closed sets read from their names: a stored value outside the set is our fault, an outside one the caller's. */
class NamedTest {

    @Test
    void readsAMemberFromItsSnakeCaseName() {
        assertThat(Named.parse(Archetype.class, "archetype", "peak_performer")).isEqualTo(Archetype.PEAK_PERFORMER);
    }

    @Test
    void aStoredValueOutsideTheSetIsAnIllegalArgumentNamingTheColumnAndTheAcceptedValues() {
        assertThatThrownBy(() -> Category.parse("category", "swimming"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("category: must be one of hydration, movement, nutrition, wellness, recovery, work,"
                        + " got 'swimming'");
    }

    @Test
    void anOutsideValueIsRefusedWithTheCallersExceptionGivenTheFieldAndTheReason() {
        class Refused extends RuntimeException {
            Refused(String field, String reason) {
                super(field + " | " + reason);
            }
        }

        assertThatThrownBy(() -> Named.parse(EnergyMode.class, "mode", "turbo", Refused::new))
                .isInstanceOf(Refused.class)
                .hasMessage("mode | must be one of high, medium, low, got 'turbo'");
    }
}
