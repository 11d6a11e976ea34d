package io.tailor.openapi;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A description as committed: pretty-printed, keys sorted at every level, top-level tags sorted by name. */
final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(LINES)
            .withArrayIndenter(LINES);

    private CanonicalJson() {}

    @SuppressWarnings("unchecked")
    static String of(String json) {
        Map<String, Object> document = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        if (document.get("tags") instanceof List<?> tags) {
            document.put(
                    "tags",
                    tags.stream()
                            .map(tag -> (Map<String, Object>) tag)
                            .sorted(Comparator.comparing(tag -> String.valueOf(tag.get("name"))))
                            .toList());
        }
        return JSON.writer().with(PRETTY).writeValueAsString(document) + "\n";
    }

    /** The first line where the two differ, to point at without printing two whole documents. */
    static String firstDifference(String expected, String actual) {
        List<String> left = expected.lines().toList();
        List<String> right = actual.lines().toList();
        for (int line = 0; line < Math.max(left.size(), right.size()); line++) {
            String a = line < left.size() ? left.get(line) : "<end>";
            String b = line < right.size() ? right.get(line) : "<end>";
            if (!a.equals(b)) {
                return "line %d is `%s`, served `%s`".formatted(line + 1, a.strip(), b.strip());
            }
        }
        return "no line differs";
    }
}
