package io.roughcut.pipeline;

/**
 * What one process of a deployment does. {@code serve} runs both by default; with Redis, PostgreSQL and a
 * bucket shared, API nodes and worker nodes can run apart and in any number.
 */
public enum NodeRole {
    /** Serves the web app and the API, and puts work on the queue; runs no task. */
    API,
    /** Runs tasks from the queue; serves only health and metrics, on the management port. */
    WORKER
}
