package cn.sangang.platform.problem;

/** The request is malformed. */
public class BadRequestException extends DomainException {

    public BadRequestException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Bad request";
    }
}
