package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/** Every flow node and sequence flow is drawn, so what the engine runs is what the analyst sees in the Modeler. */
final class DiagramRules implements BpmnRules {

    @Override
    public List<ModelFinding> check(String file, BpmnModelInstance model) {
        Set<String> drawn = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            addId(drawn, shape.getBpmnElement());
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            addId(drawn, edge.getBpmnElement());
        }
        List<ModelFinding> findings = new ArrayList<>();
        List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
        elements.addAll(model.getModelElementsByType(SequenceFlow.class));
        for (BaseElement element : elements) {
            if (!drawn.contains(element.getId())) {
                findings.add(new ModelFinding(file, element.getId(), ModelRule.DIAGRAM, "the "
                        + element.getElementType().getTypeName() + " runs but is not drawn in the diagram (no BPMN DI "
                        + (element instanceof SequenceFlow ? "edge" : "shape") + "), so the Modeler does not show it; "
                        + "draw it again in the Modeler, or remove it from the XML"));
            }
        }
        return findings;
    }

    private static void addId(Set<String> drawn, BaseElement element) {
        if (element != null) {
            drawn.add(element.getId());
        }
    }
}
