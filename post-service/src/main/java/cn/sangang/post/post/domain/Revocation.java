package cn.sangang.post.post.domain;

import java.time.Instant;

import cn.sangang.events.post.PostRevoked.Cause;

/** Why and when a post lost its title, by whom, and in which quarter. */
public record Revocation(Cause cause, String facts, Instant at, String by, String quarter) {
}
