/**
 * The local analyser: signal analysis with FFmpeg and plain Java, offline. {@link
 * io.roughcut.analysis.local.LocalAnalyzer} is the entry point and {@link io.roughcut.analysis.local.LocalSettings}
 * its settings; everything else here is package-private and may change at any time.
 */
package io.roughcut.analysis.local;
