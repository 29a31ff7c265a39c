package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ByteSizeConverterTests {

    @Test
    void readsBinaryUnitsAsTheProductsLimitsDo() {
        assertThat(ByteSizeConverter.parse("500MB")).isEqualTo(524_288_000L);
        assertThat(ByteSizeConverter.parse("2MB")).isEqualTo(2L << 20);
        assertThat(ByteSizeConverter.parse("2m")).isEqualTo(2L << 20);
        assertThat(ByteSizeConverter.parse("1.5G")).isEqualTo(3L << 29);
        assertThat(ByteSizeConverter.parse("64KiB")).isEqualTo(65_536L);
        assertThat(ByteSizeConverter.parse("12345")).isEqualTo(12_345L);
    }

    @Test
    void rejectsWhatIsNotASizeWithAnExample() {
        assertThatThrownBy(() -> ByteSizeConverter.parse("lots"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("500MB");
        assertThatThrownBy(() -> ByteSizeConverter.parse("-2MB"))
                .isInstanceOf(CommandLine.TypeConversionException.class);
        assertThatThrownBy(() -> ByteSizeConverter.parse("0"))
                .isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
