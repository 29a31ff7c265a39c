package io.roughcut.web;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Errors that Tomcat answers before any servlet runs (a malformed address such as an encoded slash, headers
 * over the limit) get the same JSON body as every other error, instead of Tomcat's HTML page. Tomcat's error
 * report valve is replaced by one that writes an {@link ApiError}. Runs after Boot's own customizer, which
 * adds the HTML one.
 */
@Component
final class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ErrorAnswers answers;

    ContainerErrors(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof JsonReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(JsonReportValve.class.getName());
            host.getPipeline().addValve(new JsonReportValve(answers));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, as JSON. */
    static final class JsonReportValve extends ErrorReportValve {

        private final ErrorAnswers answers;

        /** For Tomcat, which would make one by name; the customizer has already added the real one. */
        public JsonReportValve() {
            this(null);
        }

        JsonReportValve(ErrorAnswers answers) {
            this.answers = answers;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (answers == null || response.getStatus() < 400 || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            // Tomcat sets the status it means (400 for a malformed request) and keeps the parser's exception
            // beside it; only for a 500 does the exception say more than the status.
            Throwable e = response.getStatus() != 500 ? null : throwable != null ? throwable
                    : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            try {
                SecurityHeaders.apply(request.getRequestURI(), response);
                answers.write(response, answers.forStatus(response.getStatus(), e, request));
                response.finishResponse();
            } catch (IOException | IllegalStateException ignored) {
                // The connection is gone or the response cannot take a body: nothing more to say.
            }
        }
    }
}
