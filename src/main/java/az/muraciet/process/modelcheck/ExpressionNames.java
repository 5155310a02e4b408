package az.muraciet.process.modelcheck;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The names an expression starts from, read with the engine's own expression parser: in
 * {@code ${taskDeadlines.dueDate(execution, 'Task_AssignExecutor')}} they are {@code taskDeadlines} and
 * {@code execution}; quoted text and method names are not names.
 */
final class ExpressionNames {

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private ExpressionNames() {
    }

    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** @throws IllegalArgumentException saying where the expression is malformed */
    static Set<String> of(String expression) {
        Tree tree;
        try {
            tree = PARSER.build(expression);
        } catch (TreeBuilderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Set<String> names = new LinkedHashSet<>();
        for (IdentifierNode identifier : tree.getIdentifierNodes()) {
            names.add(identifier.getName());
        }
        return names;
    }
}
