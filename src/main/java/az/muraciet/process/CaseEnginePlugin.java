package az.muraciet.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import az.muraciet.casefile.CaseStatusService;
import az.muraciet.forms.FormValidator;

/** Teaches the engine our two model conventions: status steps, and form rules enforced on task completion. */
@Component
class CaseEnginePlugin extends AbstractProcessEnginePlugin {

    private final CaseStatusService caseStatus;
    private final FormValidator formValidator;

    CaseEnginePlugin(CaseStatusService caseStatus, FormValidator formValidator) {
        this.caseStatus = caseStatus;
        this.formValidator = formValidator;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new CaseStatusParseListener(caseStatus));
        configuration.getCustomPostBPMNParseListeners().add(new FormRulesParseListener(new FormRulesGuard(formValidator)));
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new FormRulesRefusals());
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new SubmittedVariables());
    }
}
