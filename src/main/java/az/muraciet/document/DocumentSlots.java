package az.muraciet.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentSlots extends JpaRepository<DocumentSlot, DocumentSlot.Key> {

    // a query string: Hibernate keeps its translation, a derived query is translated at every call
    @Query("select s from DocumentSlot s where s.key.serviceCode = :serviceCode order by s.position")
    List<DocumentSlot> findByKeyServiceCodeOrderByPosition(String serviceCode);
}
