package org.xeploai.webui.run;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.xeploai.webui.api.ApiLocale;
import org.xeploai.webui.api.Problems;

import java.net.URI;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} or {@code max-request-size} fails before any
 * controller is chosen, so this advice applies everywhere and tells pages from the API by the path: a page goes back
 * to the upload form with the message, the API answers 413 with a problem detail.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {
    static final String TOO_LARGE = "too-large";
    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    Object tooLarge(MultipartException e, HttpServletRequest request) {
        boolean size = e instanceof MaxUploadSizeExceededException
                || (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("size"));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var locale = ApiLocale.of(request);
            HttpStatus status = size ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            String code = size ? "upload-too-large" : "upload-unreadable";
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    messages.getMessage("upload.error." + (size ? "too_large" : "unreadable"), null, locale));
            problem.setType(URI.create(Problems.TYPE_PREFIX + code));
            problem.setTitle(messages.getMessage("api.problem.status." + status.value(), null, locale));
            problem.setProperty("code", code);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView back = new ModelAndView(new RedirectView(request.getContextPath() + "/runs?error=" + TOO_LARGE));
        return back;
    }
}
