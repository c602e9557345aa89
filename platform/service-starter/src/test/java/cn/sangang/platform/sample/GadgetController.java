package cn.sangang.platform.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.events.EventTypes;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

@RestController
class GadgetController {

    private static final Logger log = LoggerFactory.getLogger(GadgetController.class);

    record NewGadget(@NotBlank @Size(max = 20) String name) {
    }

    record Created(String id) {
    }

    private final MongoOperations mongo;
    private final ChangeRecorder recorder;

    GadgetController(MongoOperations mongo, ChangeRecorder recorder) {
        this.mongo = mongo;
        this.recorder = recorder;
    }

    @PostMapping("/api/sample/gadgets")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(Caller caller, @Valid @RequestBody NewGadget body) {
        GadgetDocument gadget = new GadgetDocument(caller.bureauAs(Role.ADMIN), body.name());
        recorder.audit(gadget, caller, "gadget.created", "test", "created " + body.name());
        recorder.publish(gadget, EventTypes.MEMBER_CHANGED,
                new MemberChanged(body.name(), body.name(), "u", true, true, MemberChanged.Change.JOINED));
        mongo.insert(gadget);
        log.info("created gadget {} of bureau {}", body.name(), gadget.getBureauId());
        return new Created(gadget.getId());
    }
}
