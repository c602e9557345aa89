package cn.sangang.platform.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Marks that one handler applied one event; the id (handler and event id) is unique, so it is applied once. */
@Document("processed_events")
record ProcessedEvent(@Id String id, String bureauId, String type, Instant at) {
}
