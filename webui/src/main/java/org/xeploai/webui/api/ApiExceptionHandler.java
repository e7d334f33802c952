package org.xeploai.webui.api;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.xeploai.webui.run.RunNotFoundException;
import org.xeploai.webui.run.RunRejectedException;

/**
 * The API's errors as RFC 9457 problem details: a refused upload with the engine's message, file, line and column;
 * an unknown run 404; Spring MVC's own errors (a missing parameter, say) through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(assignableTypes = {RunApiController.class, WhatIfApiController.class})
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(RunRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RunRejectedException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e.failure(), ApiLocale.of(request), messages);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return ResponseEntity.status(e.failure().status()).body(problem);
    }

    @ExceptionHandler(RunNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RunNotFoundException e, HttpServletRequest request) {
        var locale = ApiLocale.of(request);
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found",
                messages.getMessage("api.problem.not_found", null, locale), locale, messages);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> internal(RuntimeException e, HttpServletRequest request) {
        LOG.error("API request {} failed", request.getRequestURI(), e);
        var locale = ApiLocale.of(request);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                messages.getMessage("api.problem.internal", null, locale), locale, messages);
        return ResponseEntity.internalServerError().body(problem);
    }
}
