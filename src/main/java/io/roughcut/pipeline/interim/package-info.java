/**
 * Stand-ins for the foundation ({@code media} preparer, local analyser, {@code cutlist}, {@code export}) used
 * until it is merged; the pipeline reaches them only through its ports. Deleted when the real ones are wired.
 */
package io.roughcut.pipeline.interim;
