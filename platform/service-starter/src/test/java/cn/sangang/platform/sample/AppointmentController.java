package cn.sangang.platform.sample;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** Takes a date into the store and constrained path variables, as the services' endpoints do. */
@RestController
class AppointmentController {

    record NewAppointment(@NotNull LocalDate on) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("appointments")
    record Appointment(String id, String bureauId, LocalDate on) {
    }

    private final MongoOperations mongo;

    AppointmentController(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @PostMapping("/api/sample/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    void book(Caller caller, @Valid @RequestBody NewAppointment request) {
        mongo.insert(new Appointment(null, caller.bureauAs(Role.ADMIN), request.on()));
    }

    @PutMapping("/api/sample/appointments/{code}/hours/{hour}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void move(Caller caller, @PathVariable @Pattern(regexp = "[a-z]{1,8}") String code, @PathVariable int hour) {
        mongo.insert(new Document("bureauId", caller.bureauAs(Role.ADMIN)).append("code", code).append("hour", hour),
                "appointments");
    }
}
