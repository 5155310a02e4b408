package az.muraciet.process;

import javax.xml.datatype.DatatypeFactory;

/**
 * Camunda creates a {@link DatatypeFactory} for every timer given as a duration. Unless told which implementation to
 * take, the JDK looks for one in the service files of every jar on the class path: in the packaged application, 157
 * nested jars read for each such timer, a sixth of a submission's CPU (bench/README.md). No jar of the application
 * offers one, so the JDK's own is what the search finds; naming it skips the search. A value set with {@code -D} is kept.
 */
public final class XmlDatatypeFactory {

    private XmlDatatypeFactory() {
    }

    public static void useTheJdks() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
