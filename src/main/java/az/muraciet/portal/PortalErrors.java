package az.muraciet.portal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import az.muraciet.shared.ConflictException;
import az.muraciet.shared.DatabaseUnavailable;
import az.muraciet.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a citizen sees when a portal page fails: a page in the portal's look, never a stack trace or JSON. Someone
 * else's case answers exactly like a case that does not exist (404). Ordered just before the API's problem details
 * ({@code shared.ApiProblems}), which would otherwise answer for every controller; a portal controller that wants
 * its own answer to an exception declares an {@code @ExceptionHandler} in the controller itself.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PortalErrors {

    static final String VIEW = "portal/error";
    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@'\"<>(),;:]+@([^\\s@'\"<>(),;:]+)");
    /** An Azerbaijani number in any common spelling: +994 50 123 45 67, 994501234567, 050 123-45-67. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+?994|0)[ \\-()]*\\d{2}[ \\-()]*\\d{3}[ \\-]?\\d{2}[ \\-]?\\d{2}(?!\\d)");
    private static final Pattern FIN = Pattern.compile("\\b(?=[A-Z]*\\d)(?=\\d*[A-Z])[0-9A-Z]{7}\\b");

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        return page(HttpStatus.NOT_FOUND, "notFound", request, locale);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(HttpServletRequest request, Locale locale) {
        return page(HttpStatus.CONFLICT, "conflict", request, locale);
    }

    /**
     * The database is down, restarting or busy: "temporarily unavailable" with when to try again, never a wrong
     * answer. (Wrapped in the engine's or another exception, it arrives at {@link #unexpected} and is sent here.)
     */
    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class })
    ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        log.warn("Portal page {} unavailable: {}", request.getRequestURI(), masked(DatabaseUnavailable.describe(e)));
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return page(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", request, locale);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            return unavailable(e, request, response, locale);
        }
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            // Spring MVC's own refusals (a missing parameter, a wrong method...): their status, in the portal's words
            HttpStatusCode status = refusal.getStatusCode();
            return page(status, status.value() == HttpStatus.NOT_FOUND.value() ? "notFound" : "badRequest", request,
                    locale);
        }
        log.error("Portal page {} failed", request.getRequestURI(), maskedCopy(e, 0));
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "internal", request, locale);
    }

    private static ModelAndView page(HttpStatusCode status, String problem, HttpServletRequest request, Locale locale) {
        ModelAndView page = PortalModel.errorPage(VIEW, status, request, locale);
        page.addObject("status", status.value());
        page.addObject("problem", problem);
        return page;
    }

    /** The exception with the same stack trace, its messages (and its causes') with e-mails, phones and FINs masked. */
    static Throwable maskedCopy(Throwable e, int depth) {
        RuntimeException copy = new RuntimeException(masked(e.getClass().getName() + ": " + e.getMessage()));
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e && depth < 8) {
            copy.initCause(maskedCopy(e.getCause(), depth + 1));
        }
        return copy;
    }

    static String masked(String text) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll("***@$1");
        masked = PHONE.matcher(masked).replaceAll("***");
        return FIN.matcher(masked).replaceAll("*******");
    }
}
