package az.muraciet.catalogue;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogueController {

    private final EServices services;

    CatalogueController(EServices services) {
        this.services = services;
    }

    @GetMapping("/api/v1/services")
    List<ServiceView> services() {
        return services.findByActiveTrueOrderByCode().stream().map(ServiceView::of).toList();
    }

    record ServiceView(String code, Utility utility, String utilityName, String nameAz, String nameEn, String formId,
            boolean subscriberCodeRequired) {

        static ServiceView of(EService s) {
            return new ServiceView(s.code(), s.utility(), s.utility().displayName(), s.nameAz(), s.nameEn(), s.startFormId(),
                    s.subscriberCodeRequired());
        }
    }
}
