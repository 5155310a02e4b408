package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.notification.Notifications;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;

/** "Bildirişlər": the messages of the citizen's own cases, recipients masked, nobody else's. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsPageTest {

    @Autowired MockMvc mvc;
    @Autowired CaseScenarios cases;
    @Autowired Notifications notifications;

    @Test
    void theCitizenSeesTheSmsAndEmailOfTheirCaseAndNothingOfAnotherCitizens() throws Exception {
        String turals = cases.submit(DemoCitizens.TURAL, "10000004");
        String number = cases.confirm(DemoCitizens.TURAL, turals);
        String rashads = cases.submit(DemoCitizens.RASHAD, "10000002");
        cases.confirm(DemoCitizens.RASHAD, rashads);
        assertThat(notifications.findByApplicationIdOrderById(turals)).hasSize(2);

        var answer = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).open("/notifications");

        Document page = answer.doc();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Bildirişlər");
        var mine = page.select("li.message[data-application-id=" + turals + "]");
        assertThat(mine.select(".message__channel").eachText()).containsExactlyInAnyOrder("SMS", "E-poçt");
        assertThat(mine.select(".message__case a").eachText()).containsOnly(number);
        assertThat(mine.select(".message__case").text()).contains("Qeydiyyata alındı");
        assertThat(mine.select(".message--SMS .message__text").text())
                .isEqualTo("Müraciətiniz qeydiyyata alındı. Müraciət nömrəniz: " + number + ".");
        assertThat(mine.select(".message--EMAIL .message__subject").text()).contains(number);
        assertThat(mine.select(".message--EMAIL details .message__text").text()).contains("Hörmətli");
        assertThat(mine.select(".message__state").eachText())
                .allSatisfy(state -> assertThat(state).isIn("Növbədədir", "Göndərilir", "Göndərildi"));
        assertThat(mine.select(".message__meta").text()).contains("+99450***4567", "r***@example.az");
        assertThat(answer.html()).doesNotContain("+994501234567", "resad.aliyev@example.az", rashads);
        assertThat(page.select("li.message[data-application-id=" + rashads + "]")).isEmpty();
    }

    @Test
    void aCitizenWithoutMessagesIsToldSo() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, "7XYZ8W9").open("/notifications").doc();

        assertThat(page.select("li.message")).isEmpty();
        assertThat(page.selectFirst(".empty").text()).isEqualTo("Sizə hələ bildiriş göndərilməyib.");
    }

    @Test
    void theListSpeaksEnglishWhenChosen() throws Exception {
        String id = cases.submit(DemoCitizens.TURAL, "10000004");
        cases.confirm(DemoCitizens.TURAL, id);

        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).inEnglish().open("/notifications").doc();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Notifications");
        assertThat(page.select("li.message[data-application-id=" + id + "] .message__channel").eachText())
                .containsExactlyInAnyOrder("SMS", "E-mail");
        assertThat(page.select("li.message[data-application-id=" + id + "] .message__case").text()).contains("Registered");
    }
}
