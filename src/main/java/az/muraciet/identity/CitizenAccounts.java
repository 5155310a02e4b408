package az.muraciet.identity;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CitizenAccounts extends JpaRepository<Citizen, String> {
}
