package io.roughcut.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The roles of this process ({@code roughcut.roles}, {@code serve --roles}): both by default. Immutable.
 */
@ConfigurationProperties("roughcut")
public record NodeRoles(@DefaultValue({"api", "worker"}) Set<NodeRole> roles) {

    public NodeRoles {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("roughcut.roles names no role; use api, worker or both.");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean runsTasks() {
        return roles.contains(NodeRole.WORKER);
    }

    public boolean servesApi() {
        return roles.contains(NodeRole.API);
    }

    /** True when this process does everything, which the embedded mode needs. */
    public boolean isWhole() {
        return runsTasks() && servesApi();
    }
}
