package ru.nastavnik.edge;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some requests before any servlet sees them (an encoded slash or backslash in the path, a path
 * that climbs above the root, an oversized header): by default with an HTML page. This valve answers them as
 * problem+json like every other error of the platform. It never shows a stack trace or the server's version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemJson.of(status, ProblemJson.typeOf(status), ProblemJson.titleOf(status),
                        ProblemJson.detailOf(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client went away or the response is already on its way: nothing more can be said
        }
    }
}
