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
import io.quarkus.runtime.configuration.MemorySizeConverter;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How every service reads JSON bodies, in one place: each string goes through the text policy, each list is counted
 * against its {@code @Size} before its elements are read into objects, nothing may follow the document, and length and
 * depth are bounded before they are paid for.
 */
@Singleton
public class JsonPolicy implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // The mapper is built while the application starts (Hibernate's JSON columns ask for it), before the
        // @ConfigMapping beans exist: the same keys are read straight from the configuration.
        Config config = ConfigProvider.getConfig();
        long maxBody = new MemorySizeConverter()
                .convert(config.getOptionalValue("warledger.input.max-json-body", String.class).orElse("4M"))
                .asLongValue();
        int maxDepth = config.getOptionalValue("warledger.input.max-json-depth", Integer.class).orElse(32);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth)
                .maxDocumentLength(maxBody).maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBody)).build());
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
