package io.tailor.experiment;

import io.tailor.library.Named;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** An experiment's arms as {@code experiments.arms} holds them: {@code [{"name", "policy", "share", "learns"}]}. */
final class ArmsJson {

    private ArmsJson() {}

    static List<Arm> arms(JsonNode array) {
        return array.valueStream()
                .map(arm -> new Arm(
                        arm.get("name").asString(),
                        Named.parse(ArmPolicy.class, "policy", arm.get("policy").asString()),
                        arm.get("share").asDouble(),
                        arm.get("learns").asBoolean()))
                .toList();
    }

    static String json(List<Arm> arms) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Arm arm : arms) {
            ObjectNode node = array.addObject();
            node.put("name", arm.name());
            node.put("policy", arm.policy().value());
            node.put("share", arm.share());
            node.put("learns", arm.learns());
        }
        return array.toString();
    }
}
