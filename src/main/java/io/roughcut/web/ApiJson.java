package io.roughcut.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Iterator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** How the API's JSON writes the {@link IdEnums}, and how the OpenAPI document describes them: by id. */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    @Bean
    JacksonModule idEnumsModule() {
        SimpleModule module = new SimpleModule("roughcut-ids");
        for (IdEnums.IdEnum<?> e : IdEnums.ALL) {
            add(module, e);
        }
        return module;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(SimpleModule module, IdEnums.IdEnum<?> e) {
        Class type = e.type();
        module.addSerializer(type, new ValueSerializer<Object>() {
            @Override
            public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(e.write(value));
            }
        });
        module.addDeserializer(type, new ValueDeserializer<Object>() {
            @Override
            public Object deserialize(JsonParser parser, DeserializationContext context) {
                String value = parser.getValueAsString();
                return e.parse(value).orElseThrow(() -> new IllegalArgumentException("\"" + value
                        + "\" is not one of " + String.join(", ", e.ids())));
            }
        });
    }

    /**
     * The OpenAPI schemas as the JSON really is: an {@link IdEnums} type is a string with the ids as its enum,
     * and a property of a reference type that may be null says so (Jackson writes nulls), unless it is marked
     * required. Properties that are lists, maps or other schemas are never null in these answers.
     */
    @Bean
    ModelConverter idsAndNulls() {
        return new ModelConverter() {
            @Override
            public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
                JavaType type = Json.mapper().constructType(annotated.getType());
                var known = type == null ? java.util.Optional.<IdEnums.IdEnum<?>>empty() : IdEnums.of(type.getRawClass());
                Schema<?> schema;
                if (known.isPresent()) {
                    StringSchema ids = new StringSchema();
                    known.get().ids().forEach(ids::addEnumItem);
                    schema = ids;
                } else {
                    schema = chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
                }
                if (schema != null && annotated.isSchemaProperty() && mayBeNull(type, annotated, schema)) {
                    nullable(schema);
                }
                return schema;
            }
        };
    }

    private static boolean mayBeNull(JavaType type, AnnotatedType annotated, Schema<?> schema) {
        if (type == null || type.isPrimitive() || type.isContainerType() || schema.get$ref() != null) {
            return false;
        }
        if (annotated.getCtxAnnotations() != null) {
            for (var a : annotated.getCtxAnnotations()) {
                if (a instanceof io.swagger.v3.oas.annotations.media.Schema s
                        && s.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nullable(Schema schema) {
        if ((schema.getTypes() == null || schema.getTypes().isEmpty()) && schema.getType() != null) {
            schema.addType(schema.getType());
        }
        schema.addType("null");
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            schema.getEnum().add(null);
        }
    }
}
