package io.tailor.profile;

import io.tailor.library.Archetype;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What the user chose rather than what was learned: the zone their days are counted in (and whether they
 * chose it or it is still the default), and the style their plans are made for when a request names none.
 */
public record ProfileSettings(
        ZoneId timezone,
        boolean timezoneChosen,
        @Nullable Archetype archetype,
        @Nullable EnergyMode mode) {

    /** A user who has chosen nothing yet. */
    public static final ProfileSettings DEFAULT = new ProfileSettings(ZoneId.of("UTC"), false, null, null);

    static ProfileSettings of(String zone, boolean chosen, @Nullable String archetype, @Nullable String mode) {
        return new ProfileSettings(
                ZoneId.of(zone),
                chosen,
                archetype == null ? null : Named.parse(Archetype.class, "archetype", archetype),
                mode == null ? null : Named.parse(EnergyMode.class, "mode", mode));
    }
}
