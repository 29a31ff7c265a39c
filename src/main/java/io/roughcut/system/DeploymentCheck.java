package io.roughcut.system;

import io.roughcut.RoughcutException;
import io.roughcut.pipeline.NodeRoles;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a process whose roles need shared services it lacks, however it was started ({@code serve}
 * checks the same before it starts Spring, for a cleaner message).
 */
@Component
final class DeploymentCheck {

    DeploymentCheck(NodeRoles roles, Environment environment) {
        List<String> missing = Deployment.missing(roles.roles(), environment::getProperty);
        if (!missing.isEmpty()) {
            throw new RoughcutException(Deployment.refusal(roles.roles(), missing));
        }
    }
}
