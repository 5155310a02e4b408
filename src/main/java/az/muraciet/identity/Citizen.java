package az.muraciet.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A citizen of the portal. Names and the login mobile come from the person registry (ASAN Login / e-gov); the contact
 * mobile and e-mail are what the citizen gave at first login, where messages about their cases go.
 */
@Entity
@Table(name = "citizen")
public class Citizen {

    /** The authority of a logged-in citizen in the portal (Spring Security's role CITIZEN). */
    public static final String AUTHORITY = "ROLE_CITIZEN";

    @Id
    private String fin;
    private String firstName;
    private String lastName;
    private String patronymic;
    private String loginMobile;
    private String contactMobile;
    private Instant contactMobileVerifiedAt;
    private String email;
    private Instant emailVerifiedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected Citizen() {
    }

    public Citizen(String fin, String firstName, String lastName, String patronymic, String loginMobile, Instant now) {
        this.fin = fin;
        this.firstName = firstName;
        this.lastName = lastName;
        this.patronymic = patronymic;
        this.loginMobile = loginMobile;
        this.createdAt = now;
    }

    /** First login done: a verified contact mobile and an e-mail address (whose link may still be unclicked). */
    public boolean hasContactDetails() {
        return contactMobileVerifiedAt != null && email != null;
    }

    public void contactMobileVerified(String mobile, Instant at) {
        this.contactMobile = mobile;
        this.contactMobileVerifiedAt = at;
    }

    public void emailGiven(String address) {
        if (!address.equalsIgnoreCase(email == null ? "" : email)) {
            this.emailVerifiedAt = null;
        }
        this.email = address;
    }

    public void emailVerified(String address, Instant at) {
        this.email = address;
        this.emailVerifiedAt = at;
    }

    public String fin() {
        return fin;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String patronymic() {
        return patronymic;
    }

    public String fullName() {
        return lastName + " " + firstName + (patronymic == null ? "" : " " + patronymic);
    }

    public String loginMobile() {
        return loginMobile;
    }

    public String contactMobile() {
        return contactMobile;
    }

    public boolean contactMobileVerified() {
        return contactMobileVerifiedAt != null;
    }

    public String email() {
        return email;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }
}
