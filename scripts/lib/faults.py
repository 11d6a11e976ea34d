#!/usr/bin/env python3
"""Clients for scripts/faults.sh, on 127.0.0.1 only, every loop bounded by a count or a deadline.

  load   feedback from a few users, each with its own Idempotency-Key (also put in notes, so stored rows
         can be matched to acknowledgements); after the load, every request not acknowledged is sent
         again with the same key and body until it is, or the retry time is up. Writes a JSON summary.
  probe  times GET (health) or POST (feedback) requests one after the other; writes a JSON summary.
  slow   holds slow-body and slow-header connections open, one byte per connection every few seconds, from
         another loopback address (127.0.0.2 by default), so that the probes from 127.0.0.1 are other clients.
  flood  opens many connections from that other address and sends a header line on each every few seconds,
         never ending the headers; counts how many the service keeps open.
  check  compares the acknowledged keys of a load summary with the notes stored in the database.
"""
import argparse
import http.client
import json
import os
import random
import socket
import statistics
import sys
import threading
import time
import uuid

HOST = "127.0.0.1"
TASKS = [("Box Breathing", "wellness"), ("HIIT Blast", "movement"), ("Green Tea Ritual", "hydration"),
         ("Rainbow Salad", "nutrition"), ("Foam Rolling Session", "recovery"), ("Pomodoro Block", "work")]


def request(port, method, path, timeout, token=None, body=None, key=None):
    """One request on a fresh connection: (status or error name, seconds waited, response headers, body)."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if key:
        headers["Idempotency-Key"] = key
    started = time.time()
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        return response.status, time.time() - started, dict(response.getheaders()), content
    except socket.timeout:
        return "client-timeout", time.time() - started, {}, b""
    except (ConnectionError, OSError, http.client.HTTPException) as e:
        return type(e).__name__, time.time() - started, {}, b""
    finally:
        connection.close()


def feedback_body(user, key):
    task, category = random.choice(TASKS)
    rating = random.randint(1, 5) if random.random() < 0.5 else None
    return json.dumps({"user_id": user, "task_name": task, "category": category,
                       "completed": random.random() < 0.7, "satisfaction_rating": rating, "notes": key})


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def load(args):
    users = [line.split() for line in open(args.tokens) if line.strip()]
    attempts = []  # (key, t0, t1, status, phase)
    pending = {}  # key -> (user, token, body) not acknowledged yet
    acked, replayed = set(), 0
    said_nothing = {}  # key -> every failed attempt's reply said "nothing was recorded"
    contradicted = []  # keys whose retry replayed a feedback that a reply said was not recorded
    lock = threading.Lock()
    deadline = time.time() + args.seconds

    def send(user, token, key, body, phase):
        nonlocal replayed
        status, waited, headers, content = request(
            args.port, "POST", "/api/v1/feedback/task", args.timeout, token, body, key)
        with lock:
            attempts.append((key, time.time() - waited, time.time(), status, phase))
            if status == 201:
                acked.add(key)
                pending.pop(key, None)
                if headers.get("Idempotent-Replayed") == "true":
                    replayed += 1
                    if said_nothing.get(key):
                        contradicted.append(key)
                return status
            said_nothing[key] = said_nothing.get(key, True) and b"nothing was recorded" in content
            if status in (400, 401, 403, 404, 409, 422):
                pending.pop(key, None)  # refused for good: a retry would not change it, and it shows up as an error
            else:
                pending[key] = (user, token, body)
        return status

    def worker(user, token):
        for n in range(100_000):
            if time.time() > deadline or os.path.exists(args.stop_file):
                return
            key = f"{args.run}-{user}-{n}"
            if send(user, token, key, feedback_body(user, key), "load") != 201:
                time.sleep(args.pause * 3)  # a failing service is not hammered
            time.sleep(args.pause)

    threads = [threading.Thread(target=worker, args=(u, t)) for u, t in users[:args.workers]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.seconds + args.timeout + 5)
    load_ended = time.time()
    retry_deadline = load_ended + args.retry_seconds
    for _ in range(1000):
        if not pending or time.time() > retry_deadline:
            break
        for key, (user, token, body) in list(pending.items()):
            send(user, token, key, body, "retry")
        if pending:
            time.sleep(1)
    load_attempts = [a for a in attempts if a[4] == "load"]
    errors = {}
    for _, _, _, status, _ in load_attempts:
        if status != 201:
            errors[str(status)] = errors.get(str(status), 0) + 1
    waits = [t1 - t0 for _, t0, t1, _, _ in attempts]
    first_ok_after = None
    if args.resume_file and os.path.exists(args.resume_file):
        resumed = float(open(args.resume_file).read())
        oks = [t1 for _, t0, t1, status, _ in attempts if status == 201 and t0 >= resumed]
        first_ok_after = round(min(oks) - resumed, 2) if oks else None
    summary = {
        "requests": len(load_attempts), "errors": sum(errors.values()), "errors_by_kind": errors,
        "retries": len(attempts) - len(load_attempts), "acknowledged": len(acked), "replayed": replayed,
        "not_acknowledged": sorted(pending), "longest_wait": round(max(waits, default=0), 2),
        "p50_wait": round(percentile(waits, 0.5), 3), "p99_wait": round(percentile(waits, 0.99), 3),
        "first_success_after_resume": first_ok_after, "said_nothing_recorded_but_replayed": contradicted,
        "acknowledged_keys": sorted(acked),
    }
    json.dump(summary, open(args.out, "w"))


def probe(args):
    results = []
    token = open(args.token_file).read().split()[1] if args.token_file else None
    for n in range(args.count):
        started = time.time()
        if args.feedback:
            key = f"{args.run}-probe-{n}"
            user = open(args.token_file).read().split()[0]
            status, waited, _, _ = request(args.port, "POST", "/api/v1/feedback/task", args.timeout, token,
                                           feedback_body(user, key), key)
        else:
            status, waited, _, _ = request(args.port, "GET", args.path, args.timeout, token)
        results.append((status, waited))
        time.sleep(max(0.0, args.interval - (time.time() - started)))
    waits = [w for _, w in results]
    statuses = {}
    for status, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    json.dump({"count": len(results), "statuses": statuses, "p50": round(statistics.median(waits), 3),
               "max": round(max(waits), 3)}, open(args.out, "w"))


def connect(args):
    """A connection to the service from the flood's own source address."""
    return socket.create_connection((HOST, args.port), timeout=5, source_address=(args.source, 0))


def slow(args):
    token = open(args.token_file).read().split()[1]
    body_head = (f"POST /api/v1/feedback/task HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer {token}\r\n"
                 "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n").encode()
    header_head = f"GET /api/v1/feedback/health HTTP/1.1\r\nHost: {HOST}\r\n".encode()
    sockets = []
    for kind, count, head in (("body", args.body, body_head), ("header", args.header, header_head)):
        for _ in range(count):
            s = connect(args)
            s.sendall(head)
            sockets.append([kind, s])
    opened = len(sockets)
    with open(args.ready_file, "w") as ready:
        ready.write(str(opened))
    deadline = time.time() + args.seconds
    closed = {"body": 0, "header": 0}
    for _ in range(10_000):
        if time.time() > deadline or os.path.exists(args.stop_file):
            break
        for entry in sockets:
            kind, s = entry
            if s is None:
                continue
            try:
                s.send(b"x" if kind == "header" else b" ")  # a header name that never ends; body whitespace
            except OSError:
                closed[kind] += 1
                entry[1] = None
        time.sleep(args.interval)
    still_open = sum(1 for _, s in sockets if s is not None)
    for _, s in sockets:
        if s is not None:
            s.close()
    json.dump({"opened": opened, "still_open": still_open, "closed_by_server": closed}, open(args.out, "w"))


def flood(args):
    head = f"GET /api/v1/feedback/health HTTP/1.1\r\nHost: {HOST}\r\n".encode()
    sockets, refused = [], 0
    started = time.time()
    for _ in range(args.connections):
        if time.time() > started + args.seconds or os.path.exists(args.stop_file):
            break  # a service that accepts no more connections makes each attempt wait its 5 s timeout
        try:
            s = connect(args)
            s.sendall(head)
            sockets.append(s)
        except OSError:
            refused += 1
    with open(args.ready_file, "w") as ready:
        ready.write(str(len(sockets)))
    opened_in = round(time.time() - started, 2)
    deadline = time.time() + args.seconds
    for n in range(10_000):
        if time.time() > deadline or os.path.exists(args.stop_file):
            break
        for i, s in enumerate(sockets):
            if s is None:
                continue
            try:
                s.send(f"X-Flood-{n}: {i}\r\n".encode())  # a header line, and never the empty line that ends them
            except OSError:
                s.close()
                sockets[i] = None
        time.sleep(args.interval)
    still_open = sum(1 for s in sockets if s is not None)
    for s in sockets:
        if s is not None:
            s.close()
    json.dump({"attempted": len(sockets) + refused, "connected": len(sockets), "opened_in": opened_in,
               "still_open": still_open}, open(args.out, "w"))


def check(args):
    summary = json.load(open(args.summary))
    acked = set(summary["acknowledged_keys"])
    stored = [line.strip() for line in open(args.stored) if line.strip()]
    distinct = set(stored)
    json.dump({"acknowledged": len(acked), "stored": len(stored), "duplicates": len(stored) - len(distinct),
               "acknowledged_not_stored": len(acked - distinct), "stored_not_acknowledged": len(distinct - acked)},
              sys.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("load", "probe", "slow", "flood"):
        command = commands.add_parser(name)
        command.add_argument("--port", type=int, required=True)
        command.add_argument("--out", required=True)
        command.add_argument("--run", default=uuid.uuid4().hex[:8])
    the_load = commands.choices["load"]
    the_load.add_argument("--tokens", required=True, help="lines of: user token")
    the_load.add_argument("--workers", type=int, default=8)
    the_load.add_argument("--seconds", type=float, required=True, help="longest the load runs")
    the_load.add_argument("--stop-file", required=True, help="the load stops early once this file exists")
    the_load.add_argument("--pause", type=float, default=0.1)
    the_load.add_argument("--timeout", type=float, default=30)
    the_load.add_argument("--retry-seconds", type=float, default=60)
    the_load.add_argument("--resume-file", help="holds the time the fault ended")
    the_probe = commands.choices["probe"]
    the_probe.add_argument("--count", type=int, default=20)
    the_probe.add_argument("--interval", type=float, default=0.5)
    the_probe.add_argument("--timeout", type=float, default=5)
    the_probe.add_argument("--path", default="/api/v1/feedback/health")
    the_probe.add_argument("--feedback", action="store_true", help="POST a feedback instead of a GET")
    the_probe.add_argument("--token-file", help="a line of: user token")
    the_slow = commands.choices["slow"]
    the_slow.add_argument("--body", type=int, default=500)
    the_slow.add_argument("--header", type=int, default=500)
    the_slow.add_argument("--interval", type=float, default=5)
    the_slow.add_argument("--seconds", type=float, default=120)
    the_slow.add_argument("--token-file", required=True)
    the_slow.add_argument("--ready-file", required=True)
    the_slow.add_argument("--stop-file", required=True)
    the_slow.add_argument("--source", default="127.0.0.2", help="the loopback address the connections come from")
    the_flood = commands.choices["flood"]
    the_flood.add_argument("--connections", type=int, default=10_000)
    the_flood.add_argument("--interval", type=float, default=5)
    the_flood.add_argument("--seconds", type=float, default=120)
    the_flood.add_argument("--source", default="127.0.0.2")
    the_flood.add_argument("--ready-file", required=True)
    the_flood.add_argument("--stop-file", required=True)
    the_check = commands.add_parser("check")
    the_check.add_argument("--summary", required=True)
    the_check.add_argument("--stored", required=True, help="the stored notes, one a line")
    args = parser.parse_args()
    {"load": load, "probe": probe, "slow": slow, "flood": flood, "check": check}[args.command](args)


if __name__ == "__main__":
    main()
