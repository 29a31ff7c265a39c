package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.RoughcutException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    @Test
    void aHostingPlatformsUrlBecomesJdbcProperties() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://cutter:s%40cret@db.internal:6543/roughcut?sslmode=require");

        assertThat(url.springArgs()).containsExactly(
                "--spring.datasource.url=jdbc:postgresql://db.internal:6543/roughcut?sslmode=require",
                "--spring.datasource.username=cutter",
                "--spring.datasource.password=s@cret");
    }

    @Test
    void theDefaultPortAndAJdbcUrlAsItIs() {
        assertThat(DatabaseUrl.parse("postgresql://db/roughcut").jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/roughcut");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/test").springArgs())
                .containsExactly("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(DatabaseUrl.fromEnvironment(Map.of())).isEmpty();
    }

    @Test
    void anotherDatabaseIsRefusedWithTheFormToUse() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://db/roughcut"))
                .isInstanceOf(RoughcutException.class)
                .hasMessageContaining("postgres://user:password@host:port/database");
    }
}
