package io.roughcut.upload;

import io.roughcut.analysis.Usage;
import io.roughcut.analysis.gemini.GeminiCostEstimate;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.JobAdmission;
import io.roughcut.upload.UploadRejectedException.Reason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily Gemini spending caps, in US dollars: one per session ({@code roughcut.gemini.session-daily-cap-usd})
 * and one for the whole server ({@code roughcut.gemini.daily-cap-usd}), per UTC day. A job counts with its cost
 * estimate from the moment it is admitted, and with its metered cost once the chunks' usage comes in and passes
 * the estimate. Over a cap, {@code gemini} and {@code hybrid} are refused with 429 until midnight UTC, and
 * {@code local} still works. The ledger is in the database, so every node sees the same spending. Thread-safe.
 */
@Component
final class GeminiBudget implements JobAdmission {

    private static final String SPENT = "COALESCE(SUM(CASE WHEN metered_usd > estimated_usd THEN metered_usd "
            + "ELSE estimated_usd END), 0)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final GeminiSettings gemini;
    private final JsonMapper json;
    private final double sessionCap;
    private final double serverCap;

    GeminiBudget(JdbcClient jdbc, TransactionTemplate transaction, GeminiSettings gemini, JsonMapper json,
                 @Value("${roughcut.gemini.session-daily-cap-usd:5}") double sessionCap,
                 @Value("${roughcut.gemini.daily-cap-usd:50}") double serverCap) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.gemini = gemini;
        this.json = json;
        this.sessionCap = sessionCap;
        this.serverCap = serverCap;
    }

    /** Refuses an upload that asks for Gemini when today's spending has already reached a cap. */
    void requireRoom(UUID sessionId, AnalyzerOption analyzer) {
        if (analyzer.usesGemini()) {
            refuseOver(sessionId, 0);
        }
    }

    /** Admits a Gemini job whose estimated cost fits under both caps, and books the estimate; local jobs pass. */
    @Override
    public void admit(UUID sessionId, UUID jobId, AnalyzerOption analyzer, double durationSeconds) {
        if (!analyzer.usesGemini()) {
            return;
        }
        double estimate = GeminiCostEstimate.forDuration(durationSeconds, gemini).costUsd();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT id FROM gemini_spending_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
            refuseOver(sessionId, estimate);
            jdbc.sql("INSERT INTO gemini_spending (job_id, session_id, spent_on, estimated_usd, metered_usd) "
                    + "VALUES (?, ?, ?, ?, 0)").params(jobId, sessionId, today(), estimate).update();
        });
    }

    /** US dollars booked today: by this session, or by everyone when {@code sessionId} is null. */
    double spentToday(UUID sessionId) {
        refreshMetered();
        return sessionId == null
                ? jdbc.sql("SELECT " + SPENT + " FROM gemini_spending WHERE spent_on = ?").param(today())
                        .query(Double.class).single()
                : jdbc.sql("SELECT " + SPENT + " FROM gemini_spending WHERE spent_on = ? AND session_id = ?")
                        .params(today(), sessionId).query(Double.class).single();
    }

    /** Forgets the days before yesterday: no cap looks at them. */
    @Scheduled(fixedDelayString = "${roughcut.upload.cleanup-every:15m}")
    void forgetPastDays() {
        jdbc.sql("DELETE FROM gemini_spending WHERE spent_on < ?").param(today().minusDays(1)).update();
    }

    private void refuseOver(UUID sessionId, double estimate) {
        double session = spentToday(sessionId);
        double server = spentToday(null);
        if (session + estimate > sessionCap) {
            throw refusal("this session's", sessionCap, session, estimate);
        }
        if (server + estimate > serverCap) {
            throw refusal("this server's", serverCap, server, estimate);
        }
    }

    private static UploadRejectedException refusal(String whose, double cap, double spent, double estimate) {
        String cost = estimate > 0 ? " and this video would add about " + usd(estimate) : "";
        return new UploadRejectedException(Reason.SPENDING_CAP, "Gemini analysis is over " + whose + " daily "
                + "budget of " + usd(cap) + ": " + usd(spent) + " is spent or booked today" + cost + ". Upload it with "
                + "the local analyser now, which costs nothing, or with Gemini again after midnight UTC.", untilMidnight());
    }

    /** Moves each of today's jobs' metered cost up to what its chunks' usage says so far. */
    private void refreshMetered() {
        Map<UUID, Double> metered = new HashMap<>();
        jdbc.sql("SELECT c.job_id, c.usage_json FROM video_chunks c JOIN gemini_spending g ON g.job_id = c.job_id "
                        + "WHERE g.spent_on = ? AND c.usage_json IS NOT NULL").param(today())
                .query((rs, row) -> metered.merge(rs.getObject(1, UUID.class),
                        json.readValue(rs.getString(2), Usage.class).costUsd(), Double::sum))
                .list();
        metered.forEach((job, usd) -> jdbc.sql("UPDATE gemini_spending SET metered_usd = ? WHERE job_id = ? "
                + "AND metered_usd < ?").params(usd, job, usd).update());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static Duration untilMidnight() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static String usd(double amount) {
        return String.format(Locale.ROOT, "$%.2f", amount);
    }
}
