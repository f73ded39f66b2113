package dev.netsim.common.api;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.netsim.common.AwsException;

/**
 * Errors of the JSON API as {@code application/problem+json}, each carrying the AWS {@code code}
 * the wire API would return. Unknown ids are 404 and dependency conflicts 409 here, as a REST
 * client expects; the wire API keeps AWS's 400.
 */
@RestControllerAdvice(annotations = JsonApi.class)
public class JsonApiErrors {

    private static final Logger log = LoggerFactory.getLogger(JsonApiErrors.class);

    @ExceptionHandler(AwsException.class)
    ResponseEntity<ProblemDetail> aws(AwsException e) {
        ResponseEntity<ProblemDetail> problem = problem(restStatus(e), e.code(), e.getMessage());
        if (!e.messages().isEmpty()) {
            problem.getBody().setProperty("messages", e.messages());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        FieldError field = e.getBindingResult().getFieldError();
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, "InvalidParameterValue", "The request body is invalid.");
        }
        boolean missing = field.getRejectedValue() == null || "".equals(field.getRejectedValue());
        return problem(HttpStatus.BAD_REQUEST, missing ? "MissingParameter" : "InvalidParameterValue",
                "Field '" + field.getField() + "' " + field.getDefaultMessage() + ".");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "InvalidParameterValue", "The request body is missing or is not valid JSON of the expected shape.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "InvalidParameterValue", "Value (" + e.getValue() + ") for parameter " + e.getName() + " is invalid.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType", "Send the request body as application/json.");
    }

    /** Tomcat refuses a query parameter that is not valid percent-encoded UTF-8 when it is first read. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "InvalidParameterValue", "The request's parameters are not valid percent-encoded UTF-8.");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("Internal error in the JSON API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError", "An internal error has occurred.");
    }

    static HttpStatusCode restStatus(AwsException e) {
        if (e.code().endsWith("NotFound") || e.code().startsWith("NoSuch")) {
            return HttpStatus.NOT_FOUND;
        }
        if (e.code().equals("DependencyViolation")) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatusCode.valueOf(e.httpStatus());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(code);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
