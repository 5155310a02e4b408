package az.muraciet.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentSlots extends JpaRepository<DocumentSlot, DocumentSlot.Key> {

    List<DocumentSlot> findByKeyServiceCodeOrderByPosition(String serviceCode);
}
