package io.roughcut.web;

import io.roughcut.session.NewSession;
import io.roughcut.session.Session;
import io.roughcut.session.Sessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The brief's session routes. {@code POST /api/sessions/create} returns a token for clients that send
 * {@code X-Session-Id} instead of the cookie (and sets the cookie too). {@code GET /api/sessions/{id}}
 * describes the caller's own session, by its public id or {@code current}; any other id is 404.
 */
@RestController
class SessionController {

    private final Sessions sessions;
    private final CurrentSession current;

    SessionController(Sessions sessions, CurrentSession current) {
        this.sessions = sessions;
        this.current = current;
    }

    @PostMapping("/api/sessions/create")
    Map<String, Object> create(HttpServletRequest request, HttpServletResponse response) {
        NewSession created = sessions.create();
        current.setCookie(request, response, created.token());
        Map<String, Object> m = describe(created.session());
        m.put("sessionId", created.token());
        return m;
    }

    @GetMapping("/api/sessions/{id}")
    Map<String, Object> get(@RequestAttribute(CurrentSession.ATTRIBUTE) Session session, @PathVariable String id) {
        if (!id.equals("current") && !id.equals(session.id().toString())) {
            throw new NotFoundException("There is no session " + id + " for this caller.");
        }
        return describe(session);
    }

    private static Map<String, Object> describe(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("createdAt", s.createdAt());
        m.put("lastAccessed", s.lastAccessed());
        m.put("expiresAt", s.expiresAt());
        return m;
    }
}
