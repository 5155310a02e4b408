package az.muraciet.process;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the scripts in a BPMN, CMMN or DMN model: script tasks, {@code camunda:script} (in listeners, input and
 * output parameters, connectors), conditions written in a script language, and DMN expressions in any language but
 * FEEL or JUEL. Our models use none, and Camunda 7.24 gets no security patches, so the engine refuses them at
 * deployment ({@link ScriptlessEnginePlugin}) and the analysts' model check reports them.
 */
public final class ModelScripts {

    private static final String CAMUNDA_NAMESPACE_PREFIX = "http://camunda.org/schema/1.0/";

    /** A script in a model: the id of the element it belongs to (as the Modeler shows it) and what it is. */
    public record Script(String elementId, String what) {
    }

    private ModelScripts() {
    }

    /** @return the scripts, in the order of the file; none for a file that is no well-formed XML (the parser says so) */
    public static List<Script> in(byte[] model) {
        Set<Script> scripts = new LinkedHashSet<>();
        Deque<String> ids = new ArrayDeque<>();
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new ByteArrayInputStream(model));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String id = xml.getAttributeValue(null, "id");
                    ids.push(id != null ? id : ids.isEmpty() ? "-" : ids.peek());
                    String what = script(xml);
                    if (what != null) {
                        scripts.add(new Script(ids.peek(), what));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    ids.pop();
                }
            }
        } catch (XMLStreamException e) {
            // not well-formed: the scripts found before the parser stopped
        }
        return List.copyOf(scripts);
    }

    private static String script(XMLStreamReader xml) {
        String name = xml.getLocalName();
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        if (name.equals("scriptTask")) {
            return "a script task";
        }
        if (name.equals("script") && namespace.startsWith(CAMUNDA_NAMESPACE_PREFIX)) {
            String format = xml.getAttributeValue(null, "scriptFormat");
            return "a script" + (format == null ? "" : " (" + format + ")") + " in a listener, input/output parameter or connector";
        }
        if ((name.equals("conditionExpression") || name.equals("condition")) && hasText(attribute(xml, "language"))) {
            return "a condition in the script language '" + attribute(xml, "language") + "'";
        }
        String expressionLanguage = xml.getAttributeValue(null, "expressionLanguage");
        if (namespace.contains("/DMN/") && hasText(expressionLanguage) && !feelOrJuel(expressionLanguage)) {
            return "a decision expression in the language '" + expressionLanguage + "' (only FEEL and JUEL are allowed)";
        }
        return null;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static boolean feelOrJuel(String language) {
        String lower = language.trim().toLowerCase(Locale.ROOT);
        return lower.equals("feel") || lower.equals("juel")
                || ((lower.startsWith("http://www.omg.org/spec/") || lower.startsWith("https://www.omg.org/spec/"))
                        && lower.contains("/feel"));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
