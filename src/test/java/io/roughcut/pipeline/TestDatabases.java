package io.roughcut.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two databases the service must run on, each fresh and migrated: H2 in PostgreSQL mode (in memory) and
 * the local PostgreSQL at 127.0.0.1:5432 in a schema of its own, so parallel runs never collide. PostgreSQL
 * not running is a failure, not a skip: {@code .ci/run} starts it.
 */
public final class TestDatabases {

    public static final String POSTGRES_URL = System.getenv().getOrDefault("ROUGHCUT_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    /** A migrated database and the way to throw it away. */
    public record Db(String name, DataSource dataSource, JdbcClient jdbc, Runnable drop) implements AutoCloseable {

        /** Transactions on this database, as Spring makes them in the service. */
        public TransactionTemplate transactions() {
            return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        @Override
        public void close() {
            drop.run();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private TestDatabases() {
    }

    public static Db h2() {
        String url = "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        DataSource ds = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        migrate(ds, null);
        return new Db("h2", ds, JdbcClient.create(ds), () -> JdbcClient.create(ds).sql("SHUTDOWN").update());
    }

    public static Db postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        DataSource ds = new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", "");
        migrate(ds, schema);
        return new Db("postgresql", ds, JdbcClient.create(ds), () -> {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The JDBC URL of a fresh PostgreSQL schema for a whole application, and the statement that drops it. */
    public static String[] postgresSchemaUrl() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL + " is not reachable; .ci/run starts it: "
                    + e.getMessage(), e);
        }
        return new String[] {POSTGRES_URL + "?currentSchema=" + schema, schema};
    }

    private static void migrate(DataSource ds, String schema) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
    }
}
