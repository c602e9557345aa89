package cn.sangang.platform.problem;

/**
 * A request the rules refuse. Plain Java so domain classes can throw it; the web layer turns each kind into
 * its problem+json status.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    public abstract int status();

    public abstract String title();
}
