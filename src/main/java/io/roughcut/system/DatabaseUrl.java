package io.roughcut.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code DATABASE_URL} in the form hosting platforms give it, {@code postgres://user:password@host:port/db},
 * turned into Spring's JDBC properties. A {@code jdbc:} URL is passed through as it is. Immutable.
 */
record DatabaseUrl(String jdbcUrl, String user, String password) {

    static Optional<DatabaseUrl> fromEnvironment(Map<String, String> env) {
        String value = env.get("DATABASE_URL");
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value.trim()));
    }

    static DatabaseUrl parse(String value) {
        if (value.startsWith("jdbc:")) {
            return new DatabaseUrl(value, null, null);
        }
        URI uri = URI.create(value);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new io.roughcut.RoughcutException("DATABASE_URL must be postgres://user:password@host:port/database"
                    + " or a jdbc: URL, not " + uri.getScheme() + "://...");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, password);
    }

    List<String> springArgs() {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + jdbcUrl);
        if (user != null) {
            args.add("--spring.datasource.username=" + user);
        }
        if (password != null) {
            args.add("--spring.datasource.password=" + password);
        }
        return args;
    }
}
