package org.warledger.platform.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/** Makes every {@code @NotBlank} of every service mean blank by the Unicode definition ({@link UnicodeNotBlank}). */
@Singleton
public class ValidationPolicy implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
                .validatedBy(UnicodeNotBlank.class);
        configuration.addMapping(mapping);
    }
}
