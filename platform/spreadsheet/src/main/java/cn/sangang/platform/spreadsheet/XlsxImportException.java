package cn.sangang.platform.spreadsheet;

import java.util.Map;

import cn.sangang.platform.problem.DomainException;

/**
 * A workbook refused as a whole, before anything it says is used, with the HTTP status it is answered with. The
 * codes ({@code spreadsheet.*}) and their words are the platform's (problems/platform*.properties).
 */
public final class XlsxImportException extends DomainException {

    private final int status;

    XlsxImportException(int status, String code, Map<String, ?> args) {
        super(code, args);
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
