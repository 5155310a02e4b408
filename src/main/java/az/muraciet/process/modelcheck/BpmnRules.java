package az.muraciet.process.modelcheck;

import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Some of the rules for a process model. */
interface BpmnRules {

    /** @param file the model's file as the analyst knows it, e.g. {@code processes/WaterMeterInstallation.bpmn} */
    List<ModelFinding> check(String file, BpmnModelInstance model);
}
