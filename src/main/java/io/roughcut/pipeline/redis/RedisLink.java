package io.roughcut.pipeline.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.util.Optional;

/**
 * The deployment's Redis, when {@code REDIS_URL} names one ({@code redis://[user:password@]host:6379[/db]}):
 * one Lettuce client for the queue, the events and the rate limits. Without it the process keeps all of
 * those in its own memory. Closing it closes the client.
 */
public final class RedisLink implements AutoCloseable {

    private final RedisClient client;
    private final String where;

    private RedisLink(RedisClient client, String where) {
        this.client = client;
        this.where = where;
    }

    /** @param url empty or null for none */
    public static RedisLink of(String url) {
        if (url == null || url.isBlank()) {
            return new RedisLink(null, null);
        }
        RedisURI uri = RedisURI.create(url.trim());
        return new RedisLink(RedisClient.create(uri), uri.getHost() + ":" + uri.getPort());
    }

    public Optional<RedisClient> client() {
        return Optional.ofNullable(client);
    }

    /** host:port, for logs and health: never the password. */
    public String describe() {
        return where == null ? "none" : where;
    }

    @Override
    public void close() {
        if (client != null) {
            client.shutdown();
        }
    }
}
