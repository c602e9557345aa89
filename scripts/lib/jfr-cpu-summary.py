#!/usr/bin/env python3
"""Summarises one process's CPU profile for scripts/profile.sh, as Markdown.

Usage: jfr-cpu-summary.py <recording.jfr> <threads at start> <threads at end> <clock ticks per second>

The thread files hold "name<TAB>CPU ticks" per thread (from /proc); the recording holds JFR's CPU-time samples
(jdk.CPUTimeSample), read with the JDK's `jfr print`. Thread names are grouped by replacing their numbers with N.
Each sample is counted to the first part of the stack, from its top frame down, that belongs to a library listed
below: the JDK's own frames (a socket write, a hash map) count to the library that called them. The first match
in the list wins, so a socket write under Netty counts as socket I/O, not as Netty.
"""
import collections
import re
import subprocess
import sys

PARTS = [
    ("socket I/O", "io.netty.channel.epoll.", "io.netty.channel.unix.", "sun.nio.ch."),
    ("HTTP codec and server", "io.netty.handler.codec.", "org.apache.coyote.", "org.apache.tomcat.",
     "org.apache.catalina."),
    ("observation, tracing, metrics", "io.micrometer.", "io.opentelemetry.", "io.prometheus."),
    ("logging", "ch.qos.logback.", "org.slf4j.", "org.apache.commons.logging.",
     "cn.sangang.gateway.edge.AccessLogFilter"),
    ("Spring Security and JWT", "org.springframework.security.", "com.nimbusds."),
    ("circuit breaker and time limiter", "io.github.resilience4j.", "org.springframework.cloud.circuitbreaker."),
    ("Spring Cloud Gateway", "org.springframework.cloud.gateway."),
    ("our code", "cn.sangang."),
    ("MongoDB driver and Spring Data", "com.mongodb.", "org.bson.", "org.springframework.data."),
    ("Kafka", "org.apache.kafka.", "org.springframework.kafka."),
    ("Jackson", "tools.jackson.", "com.fasterxml."),
    ("Bean Validation", "org.hibernate.validator.", "jakarta.validation."),
    ("Spring Web", "org.springframework.web.", "org.springframework.http."),
    ("Reactor Netty", "reactor.netty."),
    ("Netty (other)", "io.netty."),
    ("Reactor operators", "reactor."),
    ("Spring (other)", "org.springframework."),
]


def part(frame):
    for name, *prefixes in PARTS:
        if frame.startswith(tuple(prefixes)):
            return name
    return None


def group(thread):
    return re.sub(r"\d+", "N", thread)


def read_threads(path):
    ticks = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            name, _, value = line.rstrip("\n").rpartition("\t")
            ticks.setdefault(name, []).append(int(value))
    return ticks


def thread_cpu(start_path, end_path, clock):
    # Threads with one name are summed; a thread that started after the first reading counts from zero.
    start, end = read_threads(start_path), read_threads(end_path)
    groups = collections.Counter()
    for name, values in end.items():
        groups[group(name)] += max(0, sum(values) - sum(start.get(name, []))) / clock
    return groups


def samples(recording):
    # Read as `jfr print` writes it: the text of a run's samples is tens of megabytes.
    with subprocess.Popen(["jfr", "print", "--events", "jdk.CPUTimeSample", "--stack-depth", "160", recording],
                          stdout=subprocess.PIPE, text=True) as printing:
        yield from parse(printing.stdout)
    if printing.returncode:
        raise SystemExit(f"jfr print {recording} failed ({printing.returncode})")


def parse(lines):
    frames, thread, in_stack = [], None, False
    for line in lines:
        text = line.strip()
        if text == "stackTrace = [":
            frames, in_stack = [], True
        elif in_stack and text == "]":
            in_stack = False
        elif in_stack:
            if text != "...":
                frames.append(text.split("(")[0].split(" line:")[0])
        elif text.startswith("eventThread = "):
            match = re.match(r'eventThread = "(.*)" \(', text)
            thread = match.group(1) if match else text
        elif text == "}" and thread is not None:
            yield thread, frames
            thread, frames = None, []


def table(title, counter, total, limit, unit="samples"):
    print(f"\n| {title} | {unit} | share |\n|---|---|---|")
    for name, count in counter.most_common(limit):
        figure = f"{count:,.1f}" if isinstance(count, float) else f"{count:,}"
        print(f"| {name} | {figure} | {100 * count / total:.1f}% |")


def main():
    recording, start_path, end_path, clock = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    cpu = thread_cpu(start_path, end_path, clock)
    total_cpu = sum(cpu.values())
    print(f"\nCPU from /proc while profiled: {total_cpu:.1f} s")
    table("thread group (/proc)", collections.Counter({k: v for k, v in cpu.items() if v >= 0.05}), total_cpu,
          12, "CPU s")

    threads, parts, methods = collections.Counter(), collections.Counter(), collections.Counter()
    count = 0
    for thread, frames in samples(recording):
        count += 1
        threads[group(thread)] += 1
        parts[next(filter(None, map(part, frames)), "JDK and JVM only")] += 1
        if frames:
            methods[frames[0]] += 1
    if not count:
        print("\nNo CPU-time samples recorded.")
        return
    print(f"\nJFR CPU-time samples: {count:,}")
    table("thread group (JFR)", threads, count, 8)
    table("where the CPU goes (the nearest library to the top frame)", parts, count, len(PARTS) + 1)
    table("top methods (top frame)", methods, count, 15)


if __name__ == "__main__":
    main()
