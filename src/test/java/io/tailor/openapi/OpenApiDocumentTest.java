package io.tailor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.library.Archetype;
import io.tailor.library.Category;
import io.tailor.library.EnergyMode;
import io.tailor.library.Named;
import io.tailor.profile.LearningPhase;
import io.tailor.support.Api;
import io.tailor.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI 3.1 description, served without a token, and committed as {@code docs/openapi.json} so that
 * app developers can generate clients without running the service; this keeps the two equal.
 */
class OpenApiDocumentTest extends IntegrationTest {

    static final Path COMMITTED = Path.of("docs/openapi.json");
    static final String REGENERATE = "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true";

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        String served = CanonicalJson.of(api().get("/v3/api-docs").body());
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, served);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        assertThat(committed.equals(served))
                .as(
                        "%s is not the served description (%s); regenerate it with: %s",
                        COMMITTED, CanonicalJson.firstDifference(committed, served), REGENERATE)
                .isTrue();
    }

    @Test
    void theDescriptionAndItsUiNeedNoToken() {
        Api.Reply description = api().get("/v3/api-docs");
        Api.Reply ui = api().get("/swagger-ui/index.html");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(api().get("/v3/api-docs.yaml").body()).startsWith("openapi: 3.1.0");
        assertThat(api().get("/v3/api-docs/swagger-config").status()).isEqualTo(200);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.contentType()).startsWith("text/html");
    }

    @Test
    void schemasUseTheJsonNamesAndValues() {
        JsonNode schemas = api().get("/v3/api-docs").json().get("components").get("schemas");

        assertThat(schemas.get("FeedbackRequest").get("properties").propertyNames())
                .contains("user_id", "task_name", "satisfaction_rating", "occurred_at")
                .doesNotContain("userId");
        assertThat(values(schemas.get("Archetype").get("enum"))).isEqualTo(values(Archetype.values()));
        assertThat(values(schemas.get("EnergyMode").get("enum"))).isEqualTo(values(EnergyMode.values()));
        assertThat(values(schemas.get("Category").get("enum"))).isEqualTo(values(Category.values()));
        assertThat(values(schemas.get("LearningPhase").get("enum"))).isEqualTo(values(LearningPhase.values()));
    }

    @Test
    void nullableComponentsMayBeNullAndEveryOtherOneIsRequired() {
        JsonNode reply = api().get("/v3/api-docs").json().at("/components/schemas/FeedbackReply");

        assertThat(values(reply.get("required")))
                .containsExactlyInAnyOrder("feedback_id", "status", "message", "learning_phase", "phase_changed");
        assertThat(reply.at("/properties/celebration/oneOf/1/type").asString()).isEqualTo("null");
    }

    @Test
    void everyCallButTheHealthCheckNeedsABearerToken() {
        JsonNode description = api().get("/v3/api-docs").json();
        JsonNode scheme = description.get("components").get("securitySchemes").get("bearer");

        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(description.get("security").get(0).has("bearer")).isTrue();
        assertThat(description
                        .at("/paths/~1api~1v1~1feedback~1health/get/security")
                        .isEmpty())
                .isTrue();
        assertThat(description
                        .at("/paths/~1api~1v1~1feedback~1task/post/responses/401/$ref")
                        .asString())
                .isEqualTo("#/components/responses/Unauthorized");
    }

    private static List<String> values(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> values(Named[] constants) {
        return Arrays.stream(constants).map(Named::value).toList();
    }
}
