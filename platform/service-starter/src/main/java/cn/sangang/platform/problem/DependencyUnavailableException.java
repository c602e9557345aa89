package cn.sangang.platform.problem;

/** A service this request depends on does not answer. */
public class DependencyUnavailableException extends DomainException {

    public DependencyUnavailableException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
