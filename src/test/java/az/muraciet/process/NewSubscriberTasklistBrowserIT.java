package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import az.muraciet.browser.Browser;
import az.muraciet.browser.Tasklist;
import az.muraciet.casefile.Applications;
import az.muraciet.document.DocumentUpload;
import az.muraciet.document.TestDocuments;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;

/**
 * The document check in Camunda Tasklist, in a real browser: the task form lists the case's documents as links (its
 * text component, markdown), the employee claims the task, opens one with their Tasklist session and gets the very
 * file, then records that the documents are complete.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NewSubscriberTasklistBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final By DOCUMENT_LINKS = By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form a[href^='/employee/documents/']");

    private final Tasklist tasklist = new Tasklist(browser);
    @Autowired CaseScenarios cases;
    @Autowired Applications applications;

    @Test
    void theEmployeeOpensTheDocumentsFromTheTaskFormAndRecordsTheCheck() throws Exception {
        List<DocumentUpload> documents = TestDocuments.newSubscriberDocuments();
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.newSubscriber("Yasamal"), documents);
        String number = cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();

        tasklist.logIn("leyla", "demo");
        var form = tasklist.openTask(TasklistFilters.MY_DEPARTMENT, "Sənədləri yoxla", number);

        List<WebElement> links = browser.until(driver -> {
            List<WebElement> found = driver.findElements(DOCUMENT_LINKS);
            return found.size() == 3 ? found : null;
        });
        assertThat(links).extracting(WebElement::getText)
                .containsExactly("vesiqe-on.jpg", "vesiqe-arxa.jpg", "reyestr-cixarisi.pdf");
        assertThat(browser.driver().findElement(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form")).getText())
                .contains("Şəxsiyyət vəsiqəsinin surəti (ön və arxa tərəfi): vesiqe-on.jpg");
        // until the task is claimed Tasklist shows its form read-only, links inactive; the browser saves a PDF rather
        // than showing it (Browser's settings), so Tasklist stays where it is
        form.claim();
        browser.click(By.xpath("//form[contains(@class, 'fjs-form')]//a[normalize-space(.) = 'reyestr-cixarisi.pdf']"));
        assertThat(browser.downloaded("reyestr-cixarisi.pdf")).isEqualTo(documents.get(2).content().read());

        form.choose("Field_documentsOutcome", "Sənədlər tamdır və müraciətə uyğundur").complete();
        cases.runDueJobs();

        assertThat(cases.task(id, NewSubscriberRegistrationProcess.TASK_ASSIGN_EXECUTOR)).isNotNull();
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo("FORWARDED");
        browser.assertNoConsoleErrors();
    }
}
