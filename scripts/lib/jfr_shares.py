#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go. Each sample is charged to the library of its innermost
frame outside the JDK (so a regex run by Spring Security counts as Spring Security); the shares add
up to 100%. Then the innermost non-JDK frames that cost the most.
   jfr print --events jdk.ExecutionSample --stack-depth 200 rec.jfr | scripts/lib/jfr_shares.py"""
import collections
import re
import sys

PARTS = [  # (name, frame prefix); the first part whose prefix a frame has claims that frame
    ("JWT verification (Nimbus)", "com.nimbusds."),
    ("Spring Security filters", "org.springframework.security."),
    ("Bean Validation (Hibernate Validator)", "org.hibernate.validator."),
    ("Jackson", "tools.jackson."),
    ("PostgreSQL driver (pgjdbc)", "org.postgresql."),
    ("Hikari pool", "com.zaxxer.hikari."),
    ("Spring transactions", "org.springframework.transaction."),
    ("Spring JDBC", "org.springframework.jdbc."),
    ("Micrometer / observations", "io.micrometer."),
    ("Logging", "ch.qos.logback."),
    ("Spring MVC", "org.springframework.web."),
    ("Tomcat", "org.apache."),
    ("Tailor's own code", "io.tailor."),
    ("Spring AOP and beans", "org.springframework."),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "jakarta.")
STAGES = [  # (name, frame): stages of a request, counted inclusively (a sample in a stage's callees counts too)
    ("Tomcat: read and parse the request", "org.apache.coyote.http11.Http11Processor.service"),
    ("servlet filters (all)", "org.apache.catalina.core.ApplicationFilterChain.doFilter"),
    ("  request observation (Micrometer)", "org.springframework.web.filter.ServerHttpObservationFilter.doFilterInternal"),
    ("  Spring Security filter chain", "org.springframework.security.web.FilterChainProxy.doFilter"),
    ("    bearer token authentication", "org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter.doFilterInternal"),
    ("  DispatcherServlet", "org.springframework.web.servlet.DispatcherServlet.doDispatch"),
    ("    read the JSON body", "org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor.readWithMessageConverters"),
    ("    the controller", "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke"),
    ("      JDBC: get a connection", "com.zaxxer.hikari.HikariDataSource.getConnection"),
    ("      JDBC: run statements", "org.postgresql.jdbc.PgPreparedStatement.execute"),
    ("      JDBC: run queries", "org.postgresql.jdbc.PgPreparedStatement.executeQuery"),
    ("      JDBC: commit", "org.postgresql.jdbc.PgConnection.commit"),
    ("    write the JSON reply", "org.springframework.web.servlet.mvc.method.annotation.AbstractMessageConverterMethodProcessor.writeWithMessageConverters"),
]

samples, callers, parts, stages = 0, collections.Counter(), collections.Counter(), collections.Counter()
frames = []


def flush():
    global samples, frames
    if frames:
        samples += 1
        caller = next((f for f in frames if not f.startswith(JDK)), "JDK only: " + frames[-1])
        callers[caller] += 1
        parts[next((name for name, prefix in PARTS if caller.startswith(prefix)), "other")] += 1
        for name, frame in STAGES:
            if frame in frames:
                stages[name] += 1
    frames = []


for line in sys.stdin:
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"):
        flush()
    m = re.match(r"^([\w$.]+)\.([\w$<>]+)\(.*line:", line)
    if m:
        frames.append(m.group(1) + "." + m.group(2))
flush()

print(f"{samples} samples, charged to the innermost frame outside the JDK:")
for name, count in parts.most_common():
    print(f"  {100 * count / samples:5.1f}%  {name}")
print("share of samples inside each stage of a request (inclusive):")
for name, _ in STAGES:
    print(f"  {100 * stages[name] / samples:5.1f}%  {name}")
print("costliest innermost non-JDK frames:")
for frame, count in callers.most_common(15):
    print(f"  {100 * count / samples:5.1f}%  {frame}")
