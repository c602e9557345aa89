package cn.sangang.platform.spreadsheet;

import java.util.Map;

import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.Refusal;

/**
 * A workbook refused as a whole, before anything it says is used: invalid, too large or in a form that cannot be
 * read. The codes ({@code spreadsheet.*}) and their words are the platform's (problems/platform*.properties).
 */
public final class XlsxImportException extends DomainException {

    XlsxImportException(Refusal kind, String code, Map<String, ?> args) {
        super(kind, code, args);
    }
}
