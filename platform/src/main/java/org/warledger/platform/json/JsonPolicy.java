package org.warledger.platform.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How every service reads JSON bodies, in one place: each string goes through the text policy, each list is counted
 * against its {@code @Size} before its elements are read into objects, nothing may follow the document, and length and
 * depth are bounded before they are paid for.
 */
@Singleton
public class JsonPolicy implements ObjectMapperCustomizer {

    private final InputLimits limits;

    public JsonPolicy(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth()).maxDocumentLength(limits.maxJsonBody().asLongValue())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxJsonBody().asLongValue())).build());
        mapper.registerModule(module());
    }

    /** The text policy and the list caps as a Jackson module (public for tests of other mappers). */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("warledger-input-policy");
        module.addDeserializer(String.class, PolicyStringDeserializer.INSTANCE);
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new SizeCappedDeserializer(deserializer, SizeCappedDeserializer.DEFAULT_MAX);
            }
        });
        return module;
    }
}
