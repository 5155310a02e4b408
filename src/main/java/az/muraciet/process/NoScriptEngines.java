package az.muraciet.process;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * Resolves no script engine for any language (Groovy, JavaScript, Python, not even JUEL as a script): the engine then
 * refuses every script it is asked to run with "Can't find scripting engine". Decision tables are not affected: FEEL
 * and JUEL are evaluated without a script engine.
 */
final class NoScriptEngines implements ScriptEngineResolver {

    private final ScriptEngineManager none = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
        // an engine added at run time is not resolved either
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return none;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        return null;
    }
}
