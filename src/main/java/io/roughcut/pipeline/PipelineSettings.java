package io.roughcut.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pipeline's knobs ({@code roughcut.pipeline.*}). Immutable.
 *
 * @param analyzer       which analyser runs chunks: {@code local} in embedded mode
 * @param chunksPerJob   how many chunks of one job are analysed at once
 * @param analyzeWorkers how many chunks are analysed at once over all jobs
 * @param concurrentJobs how many jobs are prepared or aggregated at once
 */
@ConfigurationProperties("roughcut.pipeline")
public record PipelineSettings(String analyzer, int chunksPerJob, int analyzeWorkers, int concurrentJobs) {
}
