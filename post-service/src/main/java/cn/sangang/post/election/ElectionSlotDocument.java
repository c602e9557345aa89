package cn.sangang.post.election;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The one open election a bureau may have: its id is the bureau's, so two secretaries opening at the same moment
 * cannot both succeed. Freed when the election closes; a slot left by an election that never came to be is taken over
 * once it is older than an opening takes ({@code takenAt}; slots written before it was kept have none).
 */
@Document("election_slots")
record ElectionSlotDocument(@Id String bureauId, String electionId, Instant takenAt) {
}
