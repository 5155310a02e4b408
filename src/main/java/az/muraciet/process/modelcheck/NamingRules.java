package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * Ids say what an element is ({@code Task_AssignExecutor}, {@code Gateway_MeterInStock}), never what the Modeler made
 * up ({@code Activity_0x7f3ab}, {@code StartEvent_1}); and a process file is named after its process id.
 */
final class NamingRules implements BpmnRules {

    /** The Modeler's ids: a type, then seven random lower-case letters and digits, or a number. */
    private static final Pattern MODELER_DEFAULT_ID = Pattern.compile("[A-Za-z]+_((?=[a-z]*[0-9])[0-9a-z]{7}|[0-9]+)");

    /** Most specific kind first. */
    private static final Map<Class<? extends FlowElement>, String> PREFIXES = prefixes();

    @Override
    public List<ModelFinding> check(String file, BpmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        String definitionsId = model.getDefinitions().getId();
        if (isModelerDefault(definitionsId)) {
            findings.add(defaultId(file, definitionsId, "Definitions_<process id>"));
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getId();
            if (id == null || element instanceof EventDefinition || element instanceof LaneSet) {
                continue;
            }
            String prefix = element instanceof FlowElement flowElement ? prefixOf(flowElement) : null;
            if (isModelerDefault(id)) {
                findings.add(defaultId(file, id, prefix == null ? "a name saying what it is" : prefix + "<WhatItIs>"));
            } else if (prefix != null && !(id.startsWith(prefix) && id.length() > prefix.length())) {
                findings.add(new ModelFinding(file, id, ModelRule.ID_PREFIX, "a " + element.getElementType().getTypeName()
                        + "'s id starts with '" + prefix + "', as in the other models; rename it, e.g. " + prefix
                        + withoutPrefix(id) + " (Modeler: General → ID)"));
            }
        }
        checkFileName(file, model, findings);
        return findings;
    }

    private static void checkFileName(String file, BpmnModelInstance model, List<ModelFinding> findings) {
        List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
        List<Process> executable = processes.stream().filter(Process::isExecutable).toList();
        List<Process> candidates = executable.isEmpty() ? processes : executable;
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.bpmn$", "");
        if (candidates.isEmpty() || candidates.stream().anyMatch(process -> name.equals(process.getId()))) {
            return;
        }
        String processId = candidates.get(0).getId();
        findings.add(new ModelFinding(file, processId, ModelRule.FILE_NAME, "the file holds process '" + processId
                + "'; name the file " + processId + ".bpmn, or give the process the file's name as its id"));
    }

    private static boolean isModelerDefault(String id) {
        return id != null && MODELER_DEFAULT_ID.matcher(id).matches();
    }

    private static ModelFinding defaultId(String file, String id, String suggestion) {
        return new ModelFinding(file, id, ModelRule.MODELER_DEFAULT_ID, "'" + id + "' is an id the Modeler made up; "
                + "rename it to " + suggestion + ", as in the other models (Modeler: General → ID)");
    }

    private static String prefixOf(FlowElement element) {
        return PREFIXES.entrySet().stream().filter(kind -> kind.getKey().isInstance(element))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String withoutPrefix(String id) {
        return id.contains("_") ? id.substring(id.indexOf('_') + 1) : id;
    }

    private static Map<Class<? extends FlowElement>, String> prefixes() {
        Map<Class<? extends FlowElement>, String> prefixes = new LinkedHashMap<>();
        prefixes.put(StartEvent.class, "StartEvent_");
        prefixes.put(EndEvent.class, "EndEvent_");
        prefixes.put(BoundaryEvent.class, "BoundaryEvent_");
        prefixes.put(Event.class, "Event_");
        prefixes.put(Gateway.class, "Gateway_");
        prefixes.put(Task.class, "Task_");
        prefixes.put(SubProcess.class, "SubProcess_");
        prefixes.put(CallActivity.class, "CallActivity_");
        prefixes.put(SequenceFlow.class, "SequenceFlow_");
        return prefixes;
    }
}
