package az.muraciet.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/** Runs something with the engine asking its own statements again instead of the application's. */
final class CamundasStatements {

    private CamundasStatements() {
    }

    static <T> T during(ProcessEngineConfigurationImpl engine, Collection<String> statements, Supplier<T> work) {
        DbSqlSessionFactory factory = engine.getDbSqlSessionFactory();
        Map<String, String> ours = factory.getStatementMappings();
        Map<String, String> camundas = new HashMap<>(ours);
        camundas.keySet().removeAll(statements);
        factory.setStatementMappings(camundas);
        try {
            return work.get();
        } finally {
            factory.setStatementMappings(ours);
        }
    }
}
