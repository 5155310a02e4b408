package az.muraciet.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.muraciet.routing.Departments;

/**
 * The options of the "executor" select in the assign-executor form: the employees of the case's department, as a
 * JSON variable that Camunda Forms reads through {@code valuesKey}. Used in the model as
 * {@code ${departmentEmployees.asOptions(departmentGroup)}}.
 */
@Component
public class DepartmentEmployees {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Departments departments;

    DepartmentEmployees(Departments departments) {
        this.departments = departments;
    }

    public TypedValue asOptions(String departmentGroup) {
        // the employee completing the previous step may not read the user directory; the case must still see it
        List<Departments.Employee> employees = Context.getCommandContext() == null ? departments.employeesOf(departmentGroup)
                : Context.getCommandContext().runWithoutAuthorization(() -> departments.employeesOf(departmentGroup));
        List<Map<String, String>> options = employees.stream()
                .map(e -> Map.of("label", e.name() + " (" + e.userId() + ")", "value", e.userId()))
                .toList();
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
