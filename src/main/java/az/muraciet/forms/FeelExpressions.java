package az.muraciet.forms;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Evaluates the FEEL expressions of a form ({@code =...}) with the Camunda FEEL engine; a failure yields null. */
final class FeelExpressions {

    private static final Logger LOG = LoggerFactory.getLogger(FeelExpressions.class);

    private final FeelEngine engine;

    FeelExpressions(FeelEngine engine) {
        this.engine = engine;
    }

    static FeelExpressions camunda() {
        return new FeelExpressions(new ScalaFeelEngineFactory().createInstance());
    }

    boolean isTrue(String expression, VariableContext context) {
        return Boolean.TRUE.equals(evaluate(expression, context));
    }

    Object evaluate(String expression, VariableContext context) {
        String feel = expression.strip();
        if (feel.startsWith("=")) {
            feel = feel.substring(1);
        }
        try {
            return engine.evaluateSimpleExpression(feel, context);
        } catch (RuntimeException e) {
            LOG.debug("FEEL expression '{}' failed: {}", feel, e.getMessage());
            return null;
        }
    }
}
