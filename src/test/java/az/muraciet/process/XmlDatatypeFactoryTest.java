package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Naming the JDK's factory changes nothing but the search: no jar of the application offers another. */
class XmlDatatypeFactoryTest {

    @AfterEach
    void clear() {
        System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    }

    @Test
    void noJarOffersAnotherFactory() {
        assertThat(ServiceLoader.load(DatatypeFactory.class).findFirst()).isEmpty();
    }

    @Test
    void theJdksFactoryIsNamedAndUsed() throws Exception {
        System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        Class<?> searched = DatatypeFactory.newInstance().getClass();

        XmlDatatypeFactory.useTheJdks();

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
                .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(DatatypeFactory.newInstance().getClass()).isEqualTo(searched)
                .hasToString("class " + DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }

    @Test
    void aFactoryNamedByTheOperatorIsKept() {
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "org.example.OwnFactory");

        XmlDatatypeFactory.useTheJdks();

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo("org.example.OwnFactory");
    }
}
