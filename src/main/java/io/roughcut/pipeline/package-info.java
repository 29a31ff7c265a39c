/**
 * The job pipeline: prepare, analyse chunks, aggregate. The database holds the truth (jobs, chunks, tasks,
 * results); a {@link io.roughcut.pipeline.TaskQueue} only carries task ids, and a task is claimed with a
 * conditional update so it runs once. One handler per task type, one policy table
 * ({@link io.roughcut.pipeline.TaskPolicy#of}). The plain-Java media, analysis and cut-list code is reached
 * through the {@link io.roughcut.pipeline.Preparation} and {@link io.roughcut.pipeline.ResultAssembly} ports.
 */
package io.roughcut.pipeline;
