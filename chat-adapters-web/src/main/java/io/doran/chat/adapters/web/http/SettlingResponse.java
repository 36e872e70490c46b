package io.doran.chat.adapters.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response that settles its request's body just before it commits. An early answer — a 401 before
 * the body was read, a 413 — would otherwise commit with keep-alive, and the container would then close
 * the connection because the body was never consumed: a client that reuses the connection (the JDK's
 * HttpClient does) fails its next request with "header parser received no bytes", or its own request while it is
 * still sending the body. So a body within the limit is drained to its end first (waiting a moment for what is
 * still on its way); one that cannot be (over the limit, not arriving, waiting for {@code 100 Continue}, broken)
 * makes the response say {@code Connection: close}.
 */
final class SettlingResponse extends HttpServletResponseWrapper {

    private final BoundedRequest request;
    private boolean settled;

    SettlingResponse(HttpServletResponse response, BoundedRequest request) {
        super(response);
        this.request = request;
    }

    /** The body is not coming: answer and close, without draining. */
    void close() {
        settled = true;
        if (!isCommitted()) {
            setHeader("Connection", "close");
        }
    }

    private void settle() {
        if (settled || isCommitted()) {
            return;
        }
        settled = true;
        if (!request.drain()) {
            setHeader("Connection", "close");
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        settle();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        settle();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        settle();
        super.flushBuffer();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        settle();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        settle();
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        settle();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        settle();
        super.sendRedirect(location, status, clearBuffer);
    }
}
