package az.muraciet.shared;

/** The request is valid but the case is in a state that does not allow it. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
