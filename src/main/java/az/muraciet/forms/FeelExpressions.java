package az.muraciet.forms;

import java.util.List;

import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import camundajar.impl.scala.util.Either;

/**
 * Evaluates the FEEL expressions of a form ({@code =...}) with the Camunda FEEL engine, configured as the engine's own
 * DMN evaluation configures it; a failure yields null. Each expression is parsed once: the forms are checked on every
 * submission and task completion, and parsing took more time than evaluating.
 */
final class FeelExpressions {

    private static final Logger LOG = LoggerFactory.getLogger(FeelExpressions.class);
    /** Far more than the deployed forms hold; an expression parsed again after eviction costs only the parse. */
    private static final int PARSED_EXPRESSIONS = 10_000;

    private final FeelEngine engine;
    private final Cache<String, Either<FeelEngine.Failure, ParsedExpression>> parsed = Caffeine.newBuilder()
            .maximumSize(PARSED_EXPRESSIONS).build();

    private FeelExpressions(FeelEngine engine) {
        this.engine = engine;
    }

    static FeelExpressions camunda() {
        return new FeelExpressions(new CamundaFeelEngine().scalaEngine());
    }

    boolean isTrue(String expression, VariableContext context) {
        return Boolean.TRUE.equals(evaluate(expression, context));
    }

    Object evaluate(String expression, VariableContext context) {
        String feel = expression.strip();
        if (feel.startsWith("=")) {
            feel = feel.substring(1);
        }
        Either<FeelEngine.Failure, ParsedExpression> parsedFeel = parsed.get(feel, engine::parseExpression);
        if (parsedFeel.isLeft()) {
            LOG.debug("FEEL expression '{}' does not parse: {}", feel, parsedFeel.left().get().message());
            return null;
        }
        try {
            EvaluationResult result = engine.evaluate(parsedFeel.toOption().get(), new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                    return new ContextVariableWrapper(context);
                }
            });
            if (result.isFailure()) {
                LOG.debug("FEEL expression '{}' failed: {}", feel, result.failure().message());
                return null;
            }
            return result.result();
        } catch (RuntimeException e) {
            LOG.debug("FEEL expression '{}' failed: {}", feel, e.getMessage());
            return null;
        }
    }

    /** The engine's FEEL integration (value mappers for Java and Spin values, no external functions), parsed apart. */
    private static final class CamundaFeelEngine extends ScalaFeelEngine {

        CamundaFeelEngine() {
            super(List.of());
        }

        FeelEngine scalaEngine() {
            return feelEngine;
        }
    }
}
