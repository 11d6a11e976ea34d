package io.tailor.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI 3.1 description rendered as 3.0, for the Atlassian validator: its Java 17 line
 * (2.x) parses 3.1 but drops 3.1's type lists when it validates, so a nullable field would be checked
 * against no type at all. The description uses one 3.1 construct that 3.0 lacks, {@code "type": [T,
 * "null"]}, which is 3.0's {@code "type": T, "nullable": true}; {@code oneOf} with {@code {"type":
 * "null"}} means the same in both, and everything else is written alike.
 */
final class OpenApi30 {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApi30() {}

    static String of(String openApi31) {
        ObjectNode document = (ObjectNode) JSON.readTree(openApi31);
        document.put("openapi", "3.0.3");
        rewrite(document);
        return JSON.writeValueAsString(document);
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("type") instanceof ArrayNode types) {
            boolean nullable =
                    types.valueStream().anyMatch(type -> type.asString().equals("null"));
            var others = types.valueStream()
                    .filter(type -> !type.asString().equals("null"))
                    .toList();
            if (others.size() != 1) {
                throw new IllegalStateException("no OpenAPI 3.0 form for the type list " + types);
            }
            object.set("type", others.get(0));
            if (nullable) {
                object.put("nullable", true);
            }
        }
        node.forEach(OpenApi30::rewrite);
    }
}
