package cn.sangang.zone.bureau;

import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** Names bureaus: each by the bureau's administrator, or by the demo seeding in its stead. */
@Service
public class BureauService {

    private final BureauRepository bureaus;
    private final ChangeRecorder recorder;

    BureauService(BureauRepository bureaus, ChangeRecorder recorder) {
        this.bureaus = bureaus;
        this.recorder = recorder;
    }

    BureauDocument rename(Caller caller, String name, String reason) {
        String bureau = caller.bureauAs(Role.ADMIN);
        String newName = name.strip();
        BureauDocument document = bureaus.findByBureauId(bureau).orElse(null);
        boolean first = document == null;
        if (first) {
            document = new BureauDocument(bureau, newName);
        } else {
            document.rename(newName);
        }
        recorder.audit(document, caller, "bureau.renamed", reason, "本局名称定为 " + newName);
        try {
            return first ? bureaus.insert(document) : bureaus.save(document);
        } catch (DuplicateKeyException namedMeanwhile) {
            throw new ConflictException("request.concurrent-change");
        }
    }

    /** Names a bureau that has no name yet, through the administrator's own path; a name already set stays. */
    public void seed(String bureau, String name) {
        if (bureaus.findByBureauId(bureau).isEmpty()) {
            rename(new Caller(bureau, "demo-seed", Set.of(Role.ADMIN)), name, "演示数据初始化");
        }
    }
}
