package cn.sangang.post.post.domain;

import java.time.Instant;
import java.time.LocalDate;

/** How a post was established: elected, or resolved by the bureau affairs meeting (局务会) on a date. */
public record Establishment(String electionId, String resolutionNo, LocalDate meetingDate, String recordedBy,
        Instant at) {
}
