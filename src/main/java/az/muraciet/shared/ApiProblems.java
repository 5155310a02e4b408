package az.muraciet.shared;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Every error of the citizen API as RFC 7807 problem details, with the broken fields listed. */
@RestControllerAdvice(basePackages = "az.muraciet")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "Məlumatlar yoxlanışdan keçmədi / The data did not pass validation",
                "Qeyd olunan sahələri düzəldin / Correct the fields listed in 'errors'");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Tapılmadı / Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Müraciətin vəziyyəti buna imkan vermir / Not allowed in the current state",
                e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body",
                "Sorğunun mətni oxunmadı / The request body could not be read",
                "Göndərilən JSON düzgün deyil / The JSON sent is malformed or has a wrong type");
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            problem.setProperty("errors", List.of(new InvalidInputException.FieldError(field, "type",
                    "Bu sahənin tipi düzgün deyil / This field has the wrong type")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The database cannot be reached (down, restarting, no connection within the pool's time-out), however the
     * failure is wrapped: "try again later", never an internal error. The cause is logged without a stack trace.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            log.warn("API request refused, database unavailable: {}", DatabaseUnavailable.describe(e));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                            "Xidmət müvəqqəti əlçatan deyil / The service is temporarily unavailable",
                            "Bir az sonra yenidən cəhd edin / Please try again a little later"));
        }
        log.error("Unexpected error in the API", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Daxili xəta / Internal error",
                "Sorğu icra olunmadı, bir azdan yenidən cəhd edin / The request failed, please retry shortly"));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
