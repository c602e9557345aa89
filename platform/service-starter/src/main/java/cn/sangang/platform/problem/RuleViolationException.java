package cn.sangang.platform.problem;

/** The request breaks a rule of the scheme. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Rule violated";
    }
}
