package az.muraciet.portal;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import az.muraciet.shared.DatabaseUnavailable;
import az.muraciet.statement.StatementPdf;
import az.muraciet.statement.StatementUnavailableException;
import az.muraciet.statement.Statements;
import az.muraciet.statement.TwelveMonthStatement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Arayışlar: the citizen picks one of their linked subscriber codes and gets the "Elektron arayış" (last 12 months'
 * invoices and payments) on screen or as PDF. Someone else's code, or one not linked, is not found (the statement
 * service's {@code NotFoundException}, shown as the portal's 404 page by {@link PortalErrors}); billing that cannot
 * be read gets this page's own answer.
 */
@Controller
class StatementPage {

    static final String CHOOSE_VIEW = "portal/statements/choose";
    static final String STATEMENT_VIEW = "portal/statements/statement";
    static final String UNAVAILABLE_VIEW = "portal/statements/unavailable";

    private final Statements statements;
    private final StatementPdf pdf;

    StatementPage(Statements statements, StatementPdf pdf) {
        this.statements = statements;
        this.pdf = pdf;
    }

    @GetMapping("/statements")
    String choose(Authentication citizen, Model model) {
        model.addAttribute("subscribers", statements.subscribersOf(citizen.getName()));
        return CHOOSE_VIEW;
    }

    @GetMapping("/statements/{code}")
    String statement(@PathVariable String code, Authentication citizen, Model model) {
        model.addAttribute("statement", statements.issue(citizen.getName(), code));
        return STATEMENT_VIEW;
    }

    @GetMapping("/statements/{code}.pdf")
    ResponseEntity<byte[]> statementPdf(@PathVariable String code, Authentication citizen, Locale locale) {
        TwelveMonthStatement statement = statements.issue(citizen.getName(), code);
        String fileName = "arayis-" + statement.subscriberCode() + "-" + statement.issuedOn() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(pdf.render(statement, locale));
    }

    /** Billing could not be read: nothing of the statement is shown, the citizen is asked to come back shortly. */
    @ExceptionHandler(StatementUnavailableException.class)
    ModelAndView unavailable(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return PortalModel.errorPage(UNAVAILABLE_VIEW, HttpStatus.SERVICE_UNAVAILABLE, request, locale);
    }
}
