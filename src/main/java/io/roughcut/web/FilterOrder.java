package io.roughcut.web;

import org.springframework.core.Ordered;

/**
 * The order of the service's servlet filters, in one place: headers every answer carries first, then the limits
 * that need no session, then the session, then the limits that need one.
 */
public final class FilterOrder {

    public static final int HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;
    public static final int BODY_LIMITS = HEADERS + 10;
    public static final int ACTUATOR = BODY_LIMITS + 10;
    public static final int ADDRESS_LIMITS = ACTUATOR + 10;
    public static final int SESSION = ADDRESS_LIMITS + 10;
    public static final int SESSION_LIMITS = SESSION + 10;
    public static final int UPLOAD_ADMISSION = SESSION_LIMITS + 10;

    private FilterOrder() {
    }
}
