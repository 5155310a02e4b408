package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;

import az.muraciet.process.CaseVariables;

/**
 * A routing table (a decision table with the output {@code departmentGroup}) sends cases only to Camunda groups that
 * exist, and its last rule matches every case, so no case is left without a department.
 */
final class RoutingTableRules {

    private static final String ANY = "-";

    private final Set<String> groups;

    RoutingTableRules(Set<String> groups) {
        this.groups = Set.copyOf(groups);
    }

    List<ModelFinding> check(String file, DmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            int column = departmentColumn(table);
            if (column < 0) {
                continue;
            }
            List<Rule> rules = List.copyOf(table.getRules());
            for (int i = 0; i < rules.size(); i++) {
                checkDepartment(file, decision, rules.get(i), i + 1, column, findings);
            }
            if (rules.isEmpty() || !matchesEveryCase(rules.get(rules.size() - 1))) {
                findings.add(new ModelFinding(file, decision.getId(), ModelRule.CATCH_ALL_RULE, "a case that no rule "
                        + "matches is left without a department; end the table with a rule whose inputs are all empty "
                        + "(\"-\"), sending such cases to central-dispatch"));
            }
        }
        return findings;
    }

    private void checkDepartment(String file, Decision decision, Rule rule, int number, int column,
            List<ModelFinding> findings) {
        List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
        String text = column < entries.size() ? text(entries.get(column).getText()) : "";
        String where = "rule " + number + " of decision " + decision.getId();
        if (text.isEmpty()) {
            findings.add(new ModelFinding(file, rule.getId(), ModelRule.DEPARTMENT_GROUP, where
                    + " sends cases to no department; write the department's Camunda group, e.g. \"azersu-yasamal\""));
        } else if (!isStringLiteral(text)) {
            findings.add(new ModelFinding(file, rule.getId(), ModelRule.DEPARTMENT_GROUP, where + " computes the "
                    + "department (" + text + "); write the Camunda group as a quoted text, e.g. \"azersu-yasamal\""));
        } else if (!groups.contains(text.substring(1, text.length() - 1))) {
            findings.add(new ModelFinding(file, rule.getId(), ModelRule.DEPARTMENT_GROUP, where + " sends cases to "
                    + text + ", which is no Camunda group; use one of " + new TreeSet<>(groups)
                    + ", or have the group created first (Camunda Admin → Groups)"));
        }
    }

    private static int departmentColumn(DecisionTable table) {
        List<Output> outputs = List.copyOf(table.getOutputs());
        for (int i = 0; i < outputs.size(); i++) {
            if (CaseVariables.DEPARTMENT_GROUP.equals(outputs.get(i).getName())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesEveryCase(Rule rule) {
        for (InputEntry entry : rule.getInputEntries()) {
            String text = text(entry.getText());
            if (!text.isEmpty() && !text.equals(ANY)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStringLiteral(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                && text.indexOf('"', 1) == text.length() - 1;
    }

    private static String text(Text text) {
        return text == null || text.getTextContent() == null ? "" : text.getTextContent().strip();
    }
}
