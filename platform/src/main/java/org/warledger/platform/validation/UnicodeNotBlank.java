package org.warledger.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.warledger.platform.text.TextPolicy;

/**
 * {@code @NotBlank} by the Unicode definition: a text of no-break spaces, zero-width spaces or other invisible
 * characters is blank too (the standard validator only trims characters up to U+0020).
 */
public class UnicodeNotBlank implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && !TextPolicy.isBlank(value);
    }
}
