package io.github.gongwen.cli;

import io.github.gongwen.Severity;
import picocli.CommandLine;

/** Reads the {@code --fail-on} threshold with {@link Severity#threshold}: {@code null} for none. */
final class FailOn implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
        try {
            return Severity.threshold(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
