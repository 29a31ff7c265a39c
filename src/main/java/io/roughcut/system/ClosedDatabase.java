package io.roughcut.system;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to drop a connection to an embedded H2 database that has closed, as H2 does when
 * a write finds the disk full. Hikari would otherwise keep handing out the dead connections (H2's "database
 * is closed" is not a state it takes for a broken connection), and requests failed until a restart; a new
 * connection opens the database again. Set as {@code spring.datasource.hikari.exception-override-class-name}.
 */
public final class ClosedDatabase implements SQLExceptionOverride {

    /** H2's DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN (org.h2.api.ErrorCode). */
    private static final int CLOSED = 90098;
    private static final int SHUTTING_DOWN = 90121;

    // The interface's own enum is called Override, so the annotation needs its full name here.
    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getErrorCode() == CLOSED || s.getErrorCode() == SHUTTING_DOWN) {
                return SQLExceptionOverride.Override.MUST_EVICT;
            }
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
