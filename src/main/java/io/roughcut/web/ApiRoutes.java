package io.roughcut.web;

import jakarta.servlet.http.HttpServletRequest;

/** What kind of request this is, for the session and rate-limit filters: the one place that says so. */
final class ApiRoutes {

    private ApiRoutes() {
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    /** API routes anyone may call: shared links, the server's offer, the API description, starting a session. */
    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/shared/") || path.equals("/api/config") || path.startsWith("/api/openapi")
                || path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui") || path.equals("/api/sessions/create")
                || path.equals("/api/export/formats")
                // tus discovery: a client asks what the server supports before it has anything to send.
                || (request.getMethod().equals("OPTIONS") && path.equals("/api/uploads"));
    }

    static boolean needsSession(HttpServletRequest request) {
        return isApi(request) && !isPublic(request);
    }

    /**
     * Requests that move a video's bytes: tus PATCH and HEAD, the player's range requests, the event stream. One
     * video would use up a minute's request budget, so they do not count against it.
     */
    static boolean isBytes(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        return (path.startsWith("/api/uploads/") && !method.equals("DELETE")) || path.endsWith("/media")
                || path.endsWith("/events");
    }

    /** A request that starts an upload: tus creation, or the multipart route. */
    static boolean startsUpload(HttpServletRequest request) {
        String path = request.getRequestURI();
        return request.getMethod().equals("POST") && (path.equals("/api/uploads") || path.equals("/api/videos/upload"));
    }

    /** A browser opening one of the pages: the home page, a job's, or a shared one (whose visitor may upload next). */
    static boolean isPageVisit(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return (method.equals("GET") || method.equals("HEAD")) && (path.equals("/") || path.equals("/index.html")
                || path.startsWith("/jobs/") || path.equals("/job.html") || path.startsWith("/s/")
                || path.equals("/shared.html"));
    }
}
