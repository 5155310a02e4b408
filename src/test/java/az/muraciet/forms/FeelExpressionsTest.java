package az.muraciet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** An expression is parsed once and evaluated against each form's own values. */
class FeelExpressionsTest {

    private final FeelExpressions feel = FeelExpressions.camunda();

    @Test
    void theSameExpressionIsEvaluatedAgainstEachContextItIsGiven() {
        String expression = "=visitOutcome = \"INSTALLED\" and initialReading >= 0";

        assertThat(feel.isTrue(expression, context(Map.of("visitOutcome", "INSTALLED", "initialReading", 0.125)))).isTrue();
        assertThat(feel.isTrue(expression, context(Map.of("visitOutcome", "REFUSED", "initialReading", 0.125)))).isFalse();
        assertThat(feel.isTrue(expression, context(Map.of("visitOutcome", "INSTALLED", "initialReading", -1)))).isFalse();
        assertThat(feel.isTrue(expression, context(Map.of("visitOutcome", "INSTALLED", "initialReading", 7)))).isTrue();
    }

    @Test
    void valuesComeBackAsJavaValues() {
        assertThat(feel.evaluate("=date(\"2026-11-24\") + duration(\"P10D\")", context(Map.of())))
                .isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(feel.evaluate("=count(codes)", context(Map.of("codes", java.util.List.of("10000001", "10000002")))))
                .isEqualTo(2L);
    }

    @Test
    void anExpressionThatDoesNotParseOrFailsYieldsNullEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThat(feel.evaluate("=visitOutcome = = \"INSTALLED\"", context(Map.of("visitOutcome", "INSTALLED")))).isNull();
            assertThat(feel.isTrue("=visitOutcome = = \"INSTALLED\"", context(Map.of("visitOutcome", "INSTALLED")))).isFalse();
            assertThat(feel.evaluate("=assert(1, false)", context(Map.of()))).isNull();
        }
    }

    private static VariableContext context(Map<String, Object> values) {
        return Variables.fromMap(values).asVariableContext();
    }
}
