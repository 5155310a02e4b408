package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.casefile.Applications;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.security.DemoCitizens;

/**
 * Azərişıq's network technical service in the portal: listed in the catalogue, its own start form drawn on the apply
 * page with no Java of its own (subscriber group, main code, metering point, reason, contact), and the metering
 * point checked against the main code before anything is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkServiceApplyTest {

    static final String APPLY = "/services/NETWORK_TECHNICAL_SERVICE/apply";
    static final String FORM = ApplyFormTest.FORM;
    static final String MAIN_CODE = "30000001";

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired LinkedSubscribers linkedSubscribers;

    @BeforeEach
    void turalHasLinkedHisMainCode() {
        linkedSubscribers.link(DemoCitizens.TURAL, MAIN_CODE);
    }

    @Test
    void theCatalogueListsTheServiceWithItsApplyLink() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).open("/services").doc();

        assertThat(page.select(".card h2").eachText()).contains(
                "İstehlakçının balansında olan elektrik şəbəkələrinə və avadanlıqlarına texniki xidmətin göstərilməsi");
        assertThat(page.select("a[href=" + APPLY + "]")).isNotEmpty();
    }

    @Test
    void theApplyPageDrawsTheServicesOwnStartForm() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).open(APPLY).doc();

        Element form = page.selectFirst(FORM);
        assertThat(form).isNotNull();
        Set<String> rendered = new LinkedHashSet<>(form.select("input[name], select[name], textarea[name]").eachAttr("name"));
        rendered.removeAll(Set.of("_csrf", "_draft"));
        assertThat(rendered).containsExactlyInAnyOrder("subscriberType", "subscriberCode", "meteringPoint", "reason",
                "phone", "email", "notes");
        assertThat(form.select("select[name=subscriberCode] option:not([value=''])").eachAttr("value"))
                .as("only his Azərişıq codes").containsExactly(MAIN_CODE);
        assertThat(form.select("input[name=subscriberType]").eachAttr("value")).containsExactly("POPULATION", "NON_POPULATION");
        assertThat(form.select("select[name=reason] option:not([value=''])").eachAttr("value"))
                .contains("LINE_DAMAGE", "EQUIPMENT_FAULT");
        assertThat(page.selectFirst("input[name=phone]").val()).isEqualTo("+994703456789");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aMeteringPointOfAnotherCodeIsRefusedBesideItsFieldAndTheRightOneGoesToConfirmation() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        long before = applications.count();

        var refused = tural.submit(tural.open(APPLY), FORM, Map.of("subscriberType", "NON_POPULATION",
                "subscriberCode", MAIN_CODE, "meteringPoint", "999999999999", "reason", "EQUIPMENT_FAULT"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(ApplyFormTest.errorBeside(refused.doc(), "meteringPoint")).contains("baş koda aid deyil");
        assertThat(applications.count()).isEqualTo(before);

        var accepted = tural.submit(tural.open(APPLY), FORM, Map.of("subscriberType", "NON_POPULATION",
                "subscriberCode", MAIN_CODE, "meteringPoint", "300000010001", "reason", "EQUIPMENT_FAULT"));

        assertThat(accepted.redirect()).matches("/applications/[0-9a-f-]{36}/confirm");
        assertThat(applications.count()).isEqualTo(before + 1);
    }
}
