package io.tailor.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schemas of the JSON the application really writes and reads: properties named by its own
 * {@link JsonMapper}'s strategy (snake_case), and nullness from JSpecify's {@code @Nullable} on record
 * components, which swagger-core does not see (it is a type-use annotation). A nullable component may
 * be null; every other one is required, as the application writes every component.
 */
final class ApplicationSchemas extends ModelResolver {

    private static final String COMPONENTS = "#/components/schemas/";

    private final UnaryOperator<String> propertyName;

    ApplicationSchemas(JsonMapper json) {
        this(naming(json));
    }

    private ApplicationSchemas(UnaryOperator<String> propertyName) {
        super(Json31.mapper().copy().setPropertyNamingStrategy(new PropertyNamingStrategies.NamingBase() {
            @Override
            public String translate(String name) {
                return propertyName.apply(name);
            }
        }));
        openapi31(true);
        this.propertyName = propertyName;
    }

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = super.resolve(type, context, chain);
        Class<?> raw =
                TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
        if (schema != null && raw.isRecord()) {
            Schema<?> model = schema.get$ref() == null
                    ? schema
                    : context.getDefinedModels().get(schema.get$ref().substring(COMPONENTS.length()));
            if (model != null && model.getProperties() != null) {
                applyNullness(raw, model);
            }
        }
        return schema;
    }

    private void applyNullness(Class<?> record, Schema<?> model) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = propertyName.apply(component.getName());
            Schema<?> property = model.getProperties().get(name);
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                model.getProperties().put(name, orNull(property));
            } else if (model.getRequired() == null || !model.getRequired().contains(name)) {
                model.addRequiredItem(name);
            }
        }
    }

    /** A reference cannot take {@code "null"} as a sibling type (siblings of a $ref must all hold): it is wrapped. */
    private static Schema<?> orNull(Schema<?> property) {
        if (property.getOneOf() != null
                || (property.getTypes() != null && property.getTypes().contains("null"))) {
            return property;
        }
        if (property.get$ref() == null) {
            if (property.getTypes() == null && property.getType() != null) {
                property.addType(property.getType());
            }
            property.addType("null");
            return property;
        }
        String description = property.getDescription();
        property.setDescription(null);
        Schema<?> nothing = new JsonSchema();
        nothing.addType("null");
        return new JsonSchema().description(description).oneOf(List.of(property, nothing));
    }

    private static UnaryOperator<String> naming(JsonMapper json) {
        if (json.serializationConfig().getPropertyNamingStrategy()
                instanceof tools.jackson.databind.PropertyNamingStrategies.NamingBase strategy) {
            return name -> strategy.nameForField(null, null, name);
        }
        return UnaryOperator.identity();
    }
}
