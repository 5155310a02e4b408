package az.muraciet.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Has the engine ask statements of ours instead of some of its own: they are added to its MyBatis configuration from
 * a mapper file, and the engine's statement mappings (its way of choosing a database's own statement) name them.
 */
final class EngineStatements {

    private EngineStatements() {
    }

    /** @param instead Camunda's statement id → ours (namespace and id; ids distinct from Camunda's short ones) */
    static void replace(ProcessEngineConfigurationImpl configuration, String mapperResource, Map<String, String> instead) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        synchronized (mybatis) {
            if (!mybatis.isResourceLoaded(mapperResource)) {
                try (InputStream xml = EngineStatements.class.getClassLoader().getResourceAsStream(mapperResource)) {
                    new XMLMapperBuilder(xml, mybatis, mapperResource, mybatis.getSqlFragments()).parse();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        DbSqlSessionFactory statements = configuration.getDbSqlSessionFactory();
        Map<String, String> mappings = statements.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(statements.getStatementMappings());
        mappings.putAll(instead);
        statements.setStatementMappings(mappings);
    }
}
