package org.xeploai.webui.run;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xeploai.webui.api.ApiLocale;
import org.xeploai.webui.api.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses an upload larger than {@code spring.servlet.multipart.max-request-size} by its Content-Length, before
 * anything reads the body. Without it the CSRF check of the pages would make the server parse the upload, and the
 * server would answer with its own bare "413" page; with it a page goes back to the form, which says why, and the
 * API answers 413 with a problem detail. (An upload without Content-Length still meets the same limit later, in
 * {@link UploadLimitAdvice}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class UploadSizeFilter extends OncePerRequestFilter {
    private final long maxRequestBytes;
    private final MessageSource messages;

    public UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:200MB}") DataSize maxRequestSize,
                            MessageSource messages) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || maxRequestBytes <= 0
                || request.getContentLengthLong() <= maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Locale locale = ApiLocale.of(request);
            HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
            String detail = messages.getMessage("upload.error.too_large", null, locale);
            String title = messages.getMessage("api.problem.status." + status.value(), null, locale);
            response.setStatus(status.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"" + Problems.TYPE_PREFIX + "upload-too-large\",\"title\":"
                    + Problems.json(title) + ",\"status\":" + status.value() + ",\"detail\":" + Problems.json(detail)
                    + ",\"instance\":" + Problems.json(request.getRequestURI()) + ",\"code\":\"upload-too-large\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/runs?error=" + UploadLimitAdvice.TOO_LARGE);
    }
}
