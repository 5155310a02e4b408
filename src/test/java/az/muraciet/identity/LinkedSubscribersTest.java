package az.muraciet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.catalogue.Utility;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.NotFoundException;
import az.muraciet.subscriber.Subscriber;

/** Rolled back after each test: the shared test context keeps the demo citizens as the demo data made them. */
@SpringBootTest
@Transactional
class LinkedSubscribersTest {

    @Autowired
    LinkedSubscribers linked;

    @Test
    void aCodeIsLinkedOnlyWhenTheRegistrySaysItBelongsToTheCitizen() {
        assertThat(linked.of(DemoCitizens.RASHAD)).extracting(Subscriber::code).containsExactly("10000002");

        assertThat(linked.link(DemoCitizens.RASHAD, " 10000001 ").code()).isEqualTo("10000001");
        linked.link(DemoCitizens.RASHAD, "10000001");
        assertThat(linked.of(DemoCitizens.RASHAD, Utility.AZERSU)).extracting(Subscriber::code)
                .containsExactly("10000001", "10000002");
        assertThat(linked.of(DemoCitizens.RASHAD, Utility.AZERISHIQ)).isEmpty();

        String someoneElses = "10000003";
        String unknown = "99999999";
        String onlyRashadsAnswerForBoth = "Bu abonent kodu sizin adınıza qeydiyyatda deyil";
        assertThatThrownBy(() -> linked.link(DemoCitizens.RASHAD, someoneElses)).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith(onlyRashadsAnswerForBoth);
        assertThatThrownBy(() -> linked.link(DemoCitizens.RASHAD, unknown)).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith(onlyRashadsAnswerForBoth);
        assertThat(linked.of(DemoCitizens.GUNEL)).isEmpty();
        assertThat(linked.of(DemoCitizens.RASHAD)).extracting(Subscriber::code).doesNotContain(someoneElses);
    }
}
